namespace GenYCity.Bot.Host.Configuration;

/// <summary>The host sides of the capabilities, in the order their parts of /mydata are collected (and erased in reverse).</summary>
public static class FeatureModules
{
    public static IReadOnlyList<IFeatureModule> All { get; } =
    [
        // First, so erased last: translations go once the texts they were made from are gone.
        new Translation.TranslationModule(),
        new Ideas.IdeasModule(),
        new Followers.FollowersModule(),
        new Comments.CommentsModule(),
        new Events.EventsModule(),
        new Broadcasts.BroadcastsModule(),
        new Polls.PollsModule(),
        new Budgets.BudgetsModule(),
        new Digest.DigestModule(),
        new Stats.StatsModule(),
    ];
}
