namespace GenYCity.Bot.Domain.Messaging;

/// <summary>Who a message goes to.</summary>
public sealed record Recipient(ChannelKind Channel, string ChatId);
