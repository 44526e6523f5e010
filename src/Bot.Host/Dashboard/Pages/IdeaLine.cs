using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Host.Dashboard.Pages;

public sealed record IdeaLine(long Id, string Title, string Description, string ThemeKey, IdeaStatus Status, int Supports, DateTimeOffset CreatedAt, bool IsHidden);
