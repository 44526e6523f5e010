using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>A published idea as the open data shows it: what it is and where it stands, nothing of who sent it.</summary>
internal sealed record PublicIdea(
    long Id,
    string Title,
    string? Description,
    string ThemeKey,
    string? DistrictKey,
    IdeaStatus Status,
    int Supports,
    DateTimeOffset CreatedAt,
    DateTimeOffset StatusChangedAt);
