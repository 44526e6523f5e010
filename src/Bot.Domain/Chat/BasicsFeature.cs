namespace GenYCity.Bot.Domain.Chat;

/// <summary>What every conversation has: /help, /cancel, unfinished drafts, and the coordinators' inbox.</summary>
public sealed class BasicsFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [HelpCommand.Command, CancelCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Handles<HelpCommand>()
        .Handles<CancelCommand>()
        .Uses<Conversations.Drafts>()
        .Handles<Conversations.DraftButtons>()
        .Uses<Members.CoordinatorInbox>();
}
