using System.ComponentModel.DataAnnotations;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>
/// The "Privacy" section: who answers for the data, where people can complain, the minimum age, and how
/// long what is kept only for a while is kept. The privacy notice is written from these, so it says what
/// the bot does.
/// </summary>
public sealed class PrivacyOptions : IValidatableObject
{
    public const string SectionName = "Privacy";

    /// <summary>How to reach the controller (Bot:Organisation): a postal address, and an e-mail or web address.</summary>
    public string ControllerContact { get; set; } = string.Empty;

    /// <summary>How to reach the data-protection officer by post.</summary>
    public string DpoContact { get; set; } = string.Empty;

    /// <summary>The data-protection officer's e-mail: where people ask for rectification, restriction or objection.</summary>
    public string DpoEmail { get; set; } = string.Empty;

    /// <summary>Who runs the servers the bot runs on (the hosting or IT processor), as the notice names the recipients.</summary>
    public string Processor { get; set; } = string.Empty;

    /// <summary>Where people can complain, as the notice names it in each language the city offers.</summary>
    public LocalizedText SupervisoryAuthority { get; set; } = new();

    /// <summary>The youngest age at which people may consent themselves: 13 in Latvia (Personal Data Processing Law, s. 33).</summary>
    [Range(13, 18, ErrorMessage = "Privacy:MinimumAge must be between 13 and 18.")]
    public int MinimumAge { get; set; } = 13;

    /// <summary>How long processed-update records, finished deliveries, stale drafts and people who never consented are kept.</summary>
    [Range(1, 365, ErrorMessage = "Privacy:RetentionDays must be between 1 and 365.")]
    public int RetentionDays { get; set; } = 30;

    /// <summary>
    /// An account that has not written for this many months is told it will be erased, and is erased as by
    /// /forgetme a month later unless the person writes (GDPR Art. 5(1)(e)): 24 by default.
    /// </summary>
    [Range(6, 120, ErrorMessage = "Privacy:InactiveMonths must be between 6 and 120.")]
    public int InactiveMonths { get; set; } = 24;

    /// <summary>The languages the city offers (Bot:Languages), set by the host before the settings are checked.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<Language>? OfferedLanguages { get; set; }

    /// <summary>When the retention job runs (Quartz cron, city time zone): nightly.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Privacy:RetentionCron is required.")]
    public string RetentionCron { get; set; } = "0 30 3 * * ?";

    /// <summary>Files made for people (/mydata documents, exports) are deleted after this long: they were sent already.</summary>
    public static readonly TimeSpan FileRetention = TimeSpan.FromDays(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ControllerContact))
        {
            yield return new("Privacy:ControllerContact is missing: the privacy notice gives the controller's address and e-mail or website.");
        }

        if (string.IsNullOrWhiteSpace(DpoContact))
        {
            yield return new("Privacy:DpoContact is missing: the privacy notice gives the data-protection officer's contact.");
        }

        if (string.IsNullOrWhiteSpace(DpoEmail) || !DpoEmail.Contains('@', StringComparison.Ordinal))
        {
            yield return new("Privacy:DpoEmail is missing: the privacy notice gives the data-protection officer's e-mail, where people use their rights.");
        }

        if (string.IsNullOrWhiteSpace(Processor))
        {
            yield return new("Privacy:Processor is missing: the privacy notice names who runs the bot's servers.");
        }

        var offered = (OfferedLanguages ?? Languages.All).Where(Texts.TextCatalog.Current.Languages.ContainsKey);
        foreach (var language in offered.Where(l => string.IsNullOrWhiteSpace(SupervisoryAuthority.For(l))))
        {
            yield return new($"Privacy:SupervisoryAuthority:{language.Code} is missing: the privacy notice names where to complain.");
        }
    }
}
