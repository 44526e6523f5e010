namespace GenYCity.Bot.Host.Dashboard;

/// <summary>A count under a stable key (a theme key, a status, a decision).</summary>
public sealed record KeyCount(string Key, int Count);
