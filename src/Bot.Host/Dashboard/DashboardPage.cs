using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// A dashboard page: it is shown only to someone signed in who is a coordinator now (checked on every
/// request, page and form alike, by <see cref="CoordinatorsOnly"/>), in their language.
/// </summary>
public abstract class DashboardPage : PageModel
{
    public Member Coordinator => (Member)HttpContext.Items[typeof(DashboardPage)]!;

    public Language Language => Coordinator.Language;

    public string LanguageCode => Coordinator.Language.Code;

    /// <summary>The dashboard's own words.</summary>
    public DashboardPhrases P => DashboardPhrases.For(Coordinator.Language);

    /// <summary>The sign-in words, shared with the chat's /dashboard.</summary>
    public DashboardTexts Texts => DashboardTexts.For(Coordinator.Language);

    /// <summary>The chat's words (statuses, themes, what a decision said), so the dashboard says what the chat says.</summary>
    public Phrasebook T => Phrasebook.For(Coordinator.Language);

    /// <summary>What kind of broadcast it was, by the name /stats gives it, in the coordinator's language.</summary>
    public string KindName(Domain.Broadcasts.BroadcastKind kind) => Domain.Stats.StatsCommand.KindName(Domain.Stats.StatsTexts.For(Language), kind);

    /// <summary>A day in the city, as the coordinator's language writes it.</summary>
    public string Date(DateTimeOffset instant) => Day(DateOnly.FromDateTime(Local(instant)));

    /// <summary>A calendar day, as the coordinator's language writes it.</summary>
    public string Day(DateOnly day) =>
        TextCatalog.Current.Date(Language, new LocalMoment(day.ToDateTime(TimeOnly.MinValue), ThisYear), Dates.Day);

    /// <summary>A day and time in the city.</summary>
    public string When(DateTimeOffset instant) =>
        TextCatalog.Current.Date(Language, new LocalMoment(Local(instant), ThisYear), Dates.At);

    public System.Globalization.CultureInfo Culture => Language.Info().CultureInfo;

    private int ThisYear => Local(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).Year;

    private DateTime Local(DateTimeOffset instant) => HttpContext.RequestServices.GetRequiredService<Domain.Events.EventTime>().Local(instant);

    /// <summary>What the last action said, carried over the redirect that follows a form.</summary>
    [TempData]
    public string? SaidLast { get; set; }

    public IReadOnlyList<string> Said => SaidLast is { Length: > 0 } said ? said.Split('\n') : [];

    /// <summary>Something asked for by its number is not there (an old link, a typed address): back to its list, saying so.</summary>
    protected IActionResult NotThere(string said, string list)
    {
        SaidLast = said;
        return Redirect(list);
    }

    /// <summary>Shows what an action said on the page the browser is sent to next (post, redirect, get).</summary>
    protected IActionResult After(DashboardOutcome outcome, string page)
    {
        SaidLast = string.Join('\n', outcome.Said.SelectMany(s => s.Split('\n')).Where(s => s.Length > 0));
        return Redirect(page);
    }
}
