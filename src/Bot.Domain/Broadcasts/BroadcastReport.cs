namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>How far a broadcast has come, from its outbox rows.</summary>
/// <summary>A report to the broadcast's sender: a progress line, or the final one.</summary>
public sealed record BroadcastReport(string Text, bool Final);
