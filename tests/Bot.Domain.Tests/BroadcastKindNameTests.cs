using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Stats;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>How /stats and the dashboard name a broadcast: each kind by its own name (a poll was once an "announcement").</summary>
public sealed class BroadcastKindNameTests
{
    private static readonly BroadcastKind[] Kinds =
    [
        BroadcastKind.Announcement, BroadcastKind.EventPublished, BroadcastKind.EventChanged, BroadcastKind.EventCancelled,
        BroadcastKind.Digest, BroadcastKind.IdeaNews, BroadcastKind.Poll, BroadcastKind.PollResults,
        BudgetBroadcasts.Opened, BudgetBroadcasts.Results,
    ];

    public static TheoryData<string> AllLanguages => new(Languages.All.Select(l => l.Code));

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void EveryKind_HasItsOwnName_AndOnlyAnAnnouncementIsCalledOne(string language)
    {
        var t = StatsTexts.For(new Language(language));

        var names = Kinds.Select(kind => StatsCommand.KindName(t, kind)).ToList();

        Assert.Equal(Kinds.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(t.KindAnnouncement, StatsCommand.KindName(t, BroadcastKind.Announcement));
        Assert.Equal(t.KindPoll, StatsCommand.KindName(t, BroadcastKind.Poll));
        Assert.Equal(t.KindIdeaNews, StatsCommand.KindName(t, BroadcastKind.IdeaNews));
        Assert.DoesNotContain(t.KindOther, names);
    }

    [Fact]
    public void AKindAddedLater_IsNamedAsABroadcast_NotAsAnAnnouncement()
    {
        var t = StatsTexts.For(Language.En);

        Assert.Equal(t.KindOther, StatsCommand.KindName(t, new BroadcastKind("SurveyOpened")));
        Assert.NotEqual(t.KindAnnouncement, t.KindOther);
    }

    [Fact]
    public void AKindAFeatureDeclares_IsNamedInTheFeaturesOwnTexts()
    {
        var t = StatsTexts.For(Language.En);

        Assert.Equal("budget vote opens", StatsCommand.KindName(t, BudgetBroadcasts.Opened));
        Assert.Equal(BudgetTexts.For(Language.En).KindBudgetResults, StatsCommand.KindName(t, BudgetBroadcasts.Results));
    }
}
