namespace GenYCity.Bot.Domain.Polls;

/// <summary>How many voted for one answer from one language and channel.</summary>
public sealed record PollCountRow(int Option, Members.Language Language, Messaging.ChannelKind Channel, int Votes);
