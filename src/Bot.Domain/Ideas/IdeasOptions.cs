using System.ComponentModel.DataAnnotations;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>The "Ideas" section: limits and thresholds of the ideas feature.</summary>
public sealed class IdeasOptions : IValidatableObject
{
    public const string SectionName = "Ideas";

    [Range(1, 100, ErrorMessage = "Ideas:DailyLimit must be between 1 and 100.")]
    public int DailyLimit { get; set; } = 5;

    [Range(1, 1000, ErrorMessage = "Ideas:ReportsToHide must be between 1 and 1000.")]
    public int ReportsToHide { get; set; } = 3;

    [Range(1, 1_000_000, ErrorMessage = "Ideas:SupportsForCouncil must be between 1 and 1000000.")]
    public int SupportsForCouncil { get; set; } = 25;

    [Range(1, 10, ErrorMessage = "Ideas:PageSize must be between 1 and 10.")]
    public int PageSize { get; set; } = 5;

    /// <summary>A chat that also receives new ideas with the moderation buttons, as "telegram:-100…".</summary>
    public string? ModerationChat { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ModerationChat) && !Coordinators.TryParse(ModerationChat, out _, out _))
        {
            yield return new($"Ideas:ModerationChat '{ModerationChat}' is not of the form channel:id, such as telegram:-1001234567890.");
        }
    }
}
