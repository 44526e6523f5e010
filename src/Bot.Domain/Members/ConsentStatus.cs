namespace GenYCity.Bot.Domain.Members;

/// <summary>Where a person stands with the privacy notice.</summary>
public enum ConsentStatus
{
    Pending,
    Given,
    Declined,
}
