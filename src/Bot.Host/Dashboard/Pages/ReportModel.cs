using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Events;
using Microsoft.AspNetCore.Mvc;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>
/// The action-plan report for a chosen period, printable and as CSV: participants, first-time participants,
/// ideas by theme and status, the council's answers, events and answers, "you said, we did". Every count of
/// people or ideas under 5 shows as "&lt; 5".
/// </summary>
public sealed class ReportModel(DashboardFigures figures, EventTime time, BotOptions bot, TimeProvider clock) : DashboardPage
{
    /// <summary>The years a report can be about: none before the bot, none so far ahead that the calendar runs out.</summary>
    public const int FirstYear = 2000;

    public const int LastYear = 2100;

    /// <summary>The longest period one report covers.</summary>
    public const int MaxDays = 5 * 366;

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public ActionPlanReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? from, string? to, CancellationToken ct)
    {
        if (Read(from, to) is { } period)
        {
            Report = await figures.ReportAsync(period, Language, ct);
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(string? from, string? to, CancellationToken ct)
    {
        if (Read(from, to) is not { } period)
        {
            return BadRequest(Problem ?? string.Empty);
        }

        var report = await figures.ReportAsync(period, Language, ct);
        var csv = ReportCsv.Write(report, time, ReportLabels.Themed(ReportLabels.In(Language), bot, Language));
        return File(csv, "text/csv; charset=utf-8", $"action-plan-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}.csv");
    }

    public string Show(int count) => ReportCount.Show(count);

    public string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ThemeName(string key) => bot.ThemeName(key, Language);

    /// <summary>The period asked for (city days, both included), by default the last 90 days; null with <see cref="Problem"/> set when it cannot be.</summary>
    private Period? Read(string? from, string? to)
    {
        var today = DateOnly.FromDateTime(time.Local(clock.GetUtcNow()));
        From = Day(from) ?? today.AddDays(-89);
        To = Day(to) ?? today;
        if ((from is { Length: > 0 } && Day(from) is null) || (to is { Length: > 0 } && Day(to) is null) || From > To || To.DayNumber - From.DayNumber > MaxDays
            || From.Year < FirstYear || To.Year > LastYear)
        {
            Problem = P.ReportBadPeriod(MaxDays / 366);
            return null;
        }

        return figures.Days(From, To);
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
