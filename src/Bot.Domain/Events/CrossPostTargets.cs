namespace GenYCity.Bot.Domain.Events;

/// <summary>Where published events and announcements are also posted, when configured.</summary>
public sealed record CrossPostTargets(string? TelegramChannel, string? FacebookPageId);
