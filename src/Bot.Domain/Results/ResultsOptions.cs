using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Domain.Results;

/// <summary>The "Results" section: when followers are told of their ideas' news.</summary>
public sealed class ResultsOptions : IValidatableObject
{
    public const string SectionName = "Results";

    /// <summary>When the notice job ticks (Quartz cron, in the city's time zone); it tells what waited since.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Results:NoticeCron is required.")]
    public string NoticeCron { get; set; } = "0 * * * * ?";

    /// <summary>Notices go out from this hour of the city's day…</summary>
    [Range(0, 23, ErrorMessage = "Results:NoticesFromHour must be between 0 and 23.")]
    public int NoticesFromHour { get; set; } = 9;

    /// <summary>…until this one: news that comes in the evening waits for the morning.</summary>
    [Range(1, 24, ErrorMessage = "Results:NoticesUntilHour must be between 1 and 24.")]
    public int NoticesUntilHour { get; set; } = 21;

    [Range(1, 10, ErrorMessage = "Results:PageSize must be between 1 and 10.")]
    public int PageSize { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (NoticesFromHour >= NoticesUntilHour)
        {
            yield return new($"Results:NoticesFromHour ({NoticesFromHour}) must be before Results:NoticesUntilHour ({NoticesUntilHour}).");
        }
    }
}
