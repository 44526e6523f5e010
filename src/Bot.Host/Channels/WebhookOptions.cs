using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Host.Channels;

/// <summary>The "Webhooks" section: how long a platform's call may take before the bot answers 503.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Under Facebook's 20 s: a call not handled by then answers 503, and the platform calls again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:19", ErrorMessage = "Webhooks:Deadline must be between 00:00:01 and 00:00:19.")]
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one database statement waits for a busy database, inside a webhook call.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:10", ErrorMessage = "Webhooks:BusyTimeout must be between 00:00:00.100 and 00:00:10.")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
