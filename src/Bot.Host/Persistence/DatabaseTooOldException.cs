namespace GenYCity.Bot.Host.Persistence;

/// <summary>A database this build cannot bring up to date; the message says what to do.</summary>
public sealed class DatabaseTooOldException(string message) : InvalidOperationException(message);
