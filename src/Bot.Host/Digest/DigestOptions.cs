using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Host.Digest;

/// <summary>The "Digest" section.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>When the weekly digest goes out (Quartz cron, in the city's time zone): Mondays at 10:00.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Digest:Cron is required.")]
    public string Cron { get; set; } = "0 0 10 ? * MON";
}
