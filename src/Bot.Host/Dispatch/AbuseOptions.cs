using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>The "Abuse" section: how many messages from one person are too many.</summary>
public sealed class AbuseOptions
{
    public const string SectionName = "Abuse";

    [Range(1, 1000, ErrorMessage = "Abuse:MaxMessages must be between 1 and 1000.")]
    public int MaxMessages { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Abuse:Window must be between 00:00:01 and 01:00:00.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a person who flooded is ignored after the one warning.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Abuse:MuteFor must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan MuteFor { get; set; } = TimeSpan.FromMinutes(1);
}
