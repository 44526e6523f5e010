namespace GenYCity.Bot.Domain.Polls;

/// <summary>The "Polls" section.</summary>
public sealed class PollsOptions
{
    public const string SectionName = "Polls";

    /// <summary>When the closing job ticks (Quartz cron, in the city's time zone): a poll closes within a tick of its time.</summary>
    [System.ComponentModel.DataAnnotations.Required(AllowEmptyStrings = false, ErrorMessage = "Polls:CloseCron is required.")]
    public string CloseCron { get; set; } = "0 * * * * ?";
}
