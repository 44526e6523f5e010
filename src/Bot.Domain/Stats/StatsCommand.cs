using System.Text;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;

namespace GenYCity.Bot.Domain.Stats;

/// <summary>/stats (coordinators): members, ideas, events, and what became of the latest broadcasts.</summary>
public sealed class StatsCommand(IStatistics statistics, EventTime time) : ICommand
{
    public const int RecentBroadcasts = 5;

    /// <summary>/stats in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("stats", Audience.Coordinators, false, 200, p => Domain.Stats.StatsTexts.For(p.Language).Command, p => Domain.Stats.StatsTexts.For(p.Language).MenuLabel);

    public CommandInfo Info => Command;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var t = StatsTexts.For(chat.Member.Language);
        var figures = await statistics.GatherAsync(chat.Now, RecentBroadcasts, ct);
        var (m, i) = (figures.Members, figures.Ideas);
        var text = new StringBuilder(t.Title).Append('\n')
            .Append(t.Members(m.Total, m.Consented, m.Announcements, m.Digest, m.Unreachable)).Append('\n')
            .Append(t.Ideas(i.Submitted, i.Approved, i.InProgress, i.Implemented, i.Rejected)).Append('\n')
            .Append(t.Events(figures.UpcomingEvents)).Append("\n\n")
            .Append(t.BroadcastsHeader);
        if (figures.Broadcasts.Count == 0)
        {
            text.Append(' ').Append(t.NoBroadcasts);
        }

        foreach (var b in figures.Broadcasts)
        {
            var c = b.Counts;
            text.Append('\n').Append(t.Broadcast(
                b.Id, KindName(t, b.Kind), time.Moment(b.CreatedAt), c.Queued, c.Sent, c.Unreachable, c.Failed, c.Skipped));
            if (!b.Done)
            {
                text.Append(" ⏳");
            }
        }

        chat.Reply(text.ToString());
    }

    /// <summary>What kind of broadcast it was, as coordinators read it (in /stats and on the dashboard): each kind by its own name.</summary>
    public static string KindName(StatsTexts t, BroadcastKind kind) =>
        kind == BroadcastKind.Announcement ? t.KindAnnouncement
        : kind == BroadcastKind.EventPublished ? t.KindEventPublished
        : kind == BroadcastKind.EventChanged ? t.KindEventChanged
        : kind == BroadcastKind.EventCancelled ? t.KindEventCancelled
        : kind == BroadcastKind.Digest ? t.KindDigest
        : kind == BroadcastKind.IdeaNews ? t.KindIdeaNews
        : kind == BroadcastKind.Poll ? t.KindPoll
        : kind == BroadcastKind.PollResults ? t.KindPollResults
        : FeatureKindName(t.Language, kind) ?? t.KindOther;

    /// <summary>
    /// A kind a feature declared in its folder is named in its own translator files, under "Kind" and the kind's
    /// name ("KindBudgetResults" in texts/budgets), so a new kind needs no change here.
    /// </summary>
    private static string? FeatureKindName(Members.Language language, BroadcastKind kind) =>
        Texts.TextCatalog.Current.Namespaces
            .Select(ns => Texts.TextCatalog.Current.File(language, ns).GetValueOrDefault($"Kind{kind.Name}"))
            .FirstOrDefault(name => name is not null);
}
