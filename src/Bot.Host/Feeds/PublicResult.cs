using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// One line of "you said, we did" as the public sees it: the idea under way or done, since when, the coordinator's
/// words with that step, and its theme, district and supports.
/// </summary>
internal sealed record PublicResult(
    long Id,
    string Title,
    IdeaStatus Status,
    DateTimeOffset At,
    string? Comment,
    string ThemeKey,
    string? DistrictKey,
    int Supports);
