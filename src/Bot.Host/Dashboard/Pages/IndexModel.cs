using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>
/// The overview: first the figures a coordinator looks for (members and who joined this week, ideas waiting, who took part
/// this month against last), then the charts, each with its numbers as a table folded under it, then members by channel and language.
/// </summary>
public sealed class IndexModel(IIdeaRepository ideas, DashboardFigures figures, BotOptions bot, TimeProvider clock) : DashboardPage
{
    public static readonly IReadOnlyList<int> WeekChoices = [4, 12, 26, 52];

    public int Waiting { get; private set; }

    public int Weeks { get; private set; } = 12;

    public MemberChannelFigures? Members { get; private set; }

    public KeyFigures? Key { get; private set; }

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public async Task OnGetAsync(int weeks = 12, CancellationToken ct = default)
    {
        Weeks = WeekChoices.Contains(weeks) ? weeks : 12;
        var now = clock.GetUtcNow();
        var period = figures.LastWeeks(now, Weeks);
        Waiting = (await ideas.ListAwaitingCoordinatorAsync(ct)).Count;
        Members = await figures.MembersAsync(ct);
        Key = await figures.KeyFiguresAsync(now, ct);
        var p = P;
        Charts =
        [
            Weekly(p.ChartMembersByLanguage, await figures.NewMembersAsync(period, MemberSplit.Language, ct), key => T.LanguageName(new Language(key))),
            Weekly(p.ChartMembersByChannel, await figures.NewMembersAsync(period, MemberSplit.Channel, ct), key => key),
            Weekly(p.ChartIdeasByTheme, await figures.IdeasAsync(period, IdeaSplit.Theme, ct), key => bot.ThemeName(key, Language)),
            Weekly(p.ChartIdeasByStatus, await figures.IdeasAsync(period, IdeaSplit.Status, ct), key => Enum.TryParse<IdeaStatus>(key, out var status) ? T.Status(status) : key),
            Weekly(p.ChartSupports, await figures.SupportsAsync(period, ct), _ => p.Supports),
            // Events of the period and those still to come, whose answers are the ones that matter now.
            EventAnswers(await figures.EventAnswersAsync(period with { To = now.AddYears(1) }, ct)),
            Broadcasts(await figures.BroadcastsAsync(period, ct)),
        ];
    }

    /// <summary>A change in figures with its sign: +4, −2, ±0.</summary>
    public static string WithSign(int change) => change.ToString("+0;−0;±0", CultureInfo.InvariantCulture);

    private static Chart Weekly(string title, WeeklyCounts counts, Func<string, string> name) => new(
        title,
        [.. counts.Weeks.Select(w => w.ToString("dd.MM", CultureInfo.InvariantCulture))],
        [.. counts.Series.Select(s => new ChartSeries(name(s.Key), s.Values))]);

    private Chart EventAnswers(IReadOnlyList<EventAnswerFigures> events)
    {
        var p = P;
        return new Chart(
            p.ChartEventAnswers,
            [.. events.Select(e => $"{e.Title} · {Date(e.StartsAt)}")],
            [
                new(p.Going, [.. events.Select(e => e.Going)]),
                new(p.Waiting, [.. events.Select(e => e.Waitlisted)]),
                new(p.Maybe, [.. events.Select(e => e.Maybe)]),
                new(p.NotGoing, [.. events.Select(e => e.NotGoing)]),
            ],
            ChartKind.GroupedBars)
        {
            Limits = [.. events.Select(e => e.Capacity)],
            LimitName = p.Capacity,
        };
    }

    private Chart Broadcasts(IReadOnlyList<BroadcastOutcome> broadcasts)
    {
        var p = P;
        return new Chart(
            p.ChartBroadcasts,
            [.. broadcasts.Select(b => $"#{b.Id} {KindName(b.Kind)} · {Date(b.CreatedAt)}")],
            [
                new(p.Sent, [.. broadcasts.Select(b => b.Counts.Sent)]),
                new(p.Unreachable, [.. broadcasts.Select(b => b.Counts.Unreachable)]),
                new(p.Failed, [.. broadcasts.Select(b => b.Counts.Failed)]),
                new(p.Skipped, [.. broadcasts.Select(b => b.Counts.Skipped)]),
                new(p.StillQueued, [.. broadcasts.Select(b => Math.Max(0, b.Counts.Queued - b.Counts.Finished))]),
            ]);
    }
}
