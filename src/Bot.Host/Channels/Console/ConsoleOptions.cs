using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>The "Console" section: who the person at the terminal is.</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>The console user's id; name it in Bot:Coordinators as console:&lt;id&gt; to try coordinators' features.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Console:UserId must not be empty.")]
    public string UserId { get; set; } = "local";

    /// <summary>The language the console user is first greeted in (as a chat app would report it).</summary>
    public string? LanguageCode { get; set; }
}
