using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Domain.Events;

/// <summary>The "Events" section.</summary>
public sealed class EventsOptions
{
    public const string SectionName = "Events";

    /// <summary>How long an event lasts in the calendar file (events are entered with a start only).</summary>
    [Range(15, 24 * 60, ErrorMessage = "Events:DefaultDurationMinutes must be between 15 and 1440.")]
    public int DefaultDurationMinutes { get; set; } = 120;

    [Range(1, 20, ErrorMessage = "Events:ListLimit must be between 1 and 20.")]
    public int ListLimit { get; set; } = 10;

    /// <summary>When the reminder job ticks (Quartz cron, in the city's time zone); it sends what is due since the last tick.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Events:ReminderCron is required.")]
    public string ReminderCron { get; set; } = "0 * * * * ?";
}
