namespace GenYCity.Bot.Domain.Ideas;

/// <summary>Why a person reported an idea.</summary>
public enum ReportReason
{
    Spam,
    Offensive,
    NotAboutTheCity,
    Other,
}
