using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>The "Console" section: who the person at the terminal is.</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>The console user's id; name it in Bot:Coordinators as console:&lt;id&gt; to try coordinators' features.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Console:UserId must not be empty.")]
    public string UserId { get; set; } = "local";

    /// <summary>The language the console user is first greeted in (as a chat app would report it); by default the terminal's.</summary>
    public string? LanguageCode { get; set; }

    /// <summary>Where the console chat's log is written; by default genycity.log beside the SQLite database.</summary>
    public string? LogFile { get; set; }

    /// <summary>
    /// The language the console reports for its person, as a chat app reports its own: Console:LanguageCode, else the
    /// terminal's (LANG); a terminal in the C locale speaks English, as programs do there.
    /// </summary>
    public string ReportedLanguage =>
        !string.IsNullOrWhiteSpace(LanguageCode) ? LanguageCode
        : CultureInfo.CurrentUICulture.Name is { Length: > 0 } terminal ? terminal
        : "en";
}
