using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// An idea that moved on in the period: the status it moved to (its latest such move in the period), when, and
/// the coordinator's comment with that move, or else the idea's latest comment.
/// </summary>
public sealed record WeDidItem(long Id, string Title, IdeaStatus Status, DateTimeOffset At, string? Comment);
