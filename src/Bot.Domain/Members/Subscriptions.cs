namespace GenYCity.Bot.Domain.Members;

/// <summary>What a person has chosen to receive.</summary>
[Flags]
public enum Subscriptions
{
    None = 0,
    Announcements = 1,
    WeeklyDigest = 2,

    /// <summary>News of the ideas the person follows.</summary>
    IdeaNews = 4,
    All = Announcements | WeeklyDigest | IdeaNews,
}
