namespace GenYCity.Bot.Domain.Messaging;

/// <summary>One thing a person did in a chat, in channel-neutral form.</summary>
public sealed record InboundMessage
{
    public required ChannelKind Channel { get; init; }

    /// <summary>Where answers go; in a private chat this is the person.</summary>
    public required string ChatId { get; init; }

    /// <summary>Where an answer to this message goes: the chat it came from.</summary>
    public Recipient ReplyTo => new(Channel, ChatId);

    /// <summary>The person's id on the channel.</summary>
    public required string UserId { get; init; }

    /// <summary>Unique key of the platform update; an update with a key already seen is not processed again.</summary>
    public required string UpdateKey { get; init; }

    public required InboundKind Kind { get; init; }

    /// <summary>Typed text, or a photo's caption.</summary>
    public string? Text { get; init; }

    /// <summary>The payload of a pressed button.</summary>
    public string? Payload { get; init; }

    /// <summary>The platform's reference to a sent photo.</summary>
    public string? PhotoRef { get; init; }

    /// <summary>The person's name as the platform shows it ("Anna Bērziņa (@anna)"), if it gives one.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The person's language as the platform reports it (IETF tag such as "lv" or "en-GB"), if any.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>The platform id of the message that carried the pressed button, so the answer can replace it.</summary>
    public string? SourceMessageId { get; init; }

    /// <summary>The answer, for <see cref="InboundKind.PollAnswer"/>.</summary>
    public PollAnswer? PollAnswer { get; init; }

    /// <summary>The point, for <see cref="InboundKind.Location"/>.</summary>
    public SharedLocation? Location { get; init; }

    /// <summary>False for a group (a moderation chat, say): answers go to the group, the person's own chat is their user id.</summary>
    public bool IsPrivateChat { get; init; } = true;
}
