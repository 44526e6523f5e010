using System.Globalization;
using GenYCity.Bot.Domain.Messaging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>Turns a Telegram update into the channel-neutral <see cref="InboundMessage"/>.</summary>
public static class TelegramUpdates
{
    public static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember, UpdateType.PollAnswer];

    /// <summary>The update as Telegram.Bot reads it, or null when it cannot (a number beyond its types, say).</summary>
    public static Update? Read(System.Text.Json.JsonElement element)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<Update>(element, global::Telegram.Bot.JsonBotAPI.Options);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidOperationException or OverflowException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The inbound message, or null for an update the bot does not act on (messages in groups,
    /// service messages). Button presses are taken from groups too: a moderation chat has buttons.
    /// Dedupe keys use the message or callback id, which stay unique even when update ids jump after
    /// a long idle time.
    /// </summary>
    public static InboundMessage? ToInbound(Update update, string? botUsername = null) => update switch
    {
        { Message: { From: { } from } message } when message.Chat.Type == ChatType.Private && !message.IsServiceMessage
            => FromMessage(message, from),
        { Message: { From: { IsBot: false } from, Text: { } text } message } when message.Chat.Type is ChatType.Group or ChatType.Supergroup
            && AddressedToBot(text, botUsername)
            => FromMessage(message, from) with { IsPrivateChat = false },
        { CallbackQuery: { } query } => FromButton(query),
        { MyChatMember: { Chat.Type: ChatType.Private } change } => FromMembershipChange(change),
        // A person's answer in one of the bot's own polls; a channel voting on a person's behalf is not a person.
        { PollAnswer: { User: { IsBot: false } voter } answer } => FromPollAnswer(update.Id, answer, voter),
        _ => null,
    };

    /// <summary>
    /// In a group, the bot takes only commands meant for it: "/help@ourbot", or a bare "/help" (with
    /// privacy mode on, Telegram passes those to one bot only). Everything else there is not for it.
    /// </summary>
    private static bool AddressedToBot(string text, string? botUsername)
    {
        if (!text.StartsWith('/'))
        {
            return false;
        }

        var command = text.Split(' ', 2)[0];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        return at < 0 || (botUsername is not null && string.Equals(command[(at + 1)..], botUsername, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The person blocked the bot (kicked) or let it write again (member).</summary>
    private static InboundMessage? FromMembershipChange(ChatMemberUpdated change) => change.NewChatMember.Status switch
    {
        ChatMemberStatus.Kicked or ChatMemberStatus.Left => Membership(change, InboundKind.BotBlocked),
        ChatMemberStatus.Member => Membership(change, InboundKind.BotUnblocked),
        _ => null,
    };

    private static InboundMessage Membership(ChatMemberUpdated change, InboundKind kind) => new()
    {
        Channel = ChannelKind.Telegram,
        ChatId = Id(change.Chat.Id),
        UserId = Id(change.From.Id),
        UpdateKey = $"telegram:membership:{Id(change.Chat.Id)}:{new DateTimeOffset(change.Date, TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:{kind}",
        Kind = kind,
    };

    /// <summary>
    /// The answer has no message: it is keyed by the update's id, unique per bot (answers to one poll change and
    /// come back, so the poll and the person alone would not be), and answered in the person's private chat.
    /// </summary>
    private static InboundMessage FromPollAnswer(int updateId, global::Telegram.Bot.Types.PollAnswer answer, User voter) => new()
    {
        Channel = ChannelKind.Telegram,
        ChatId = Id(voter.Id),
        UserId = Id(voter.Id),
        UpdateKey = $"telegram:poll:{answer.PollId}:{Id(voter.Id)}:{updateId.ToString(CultureInfo.InvariantCulture)}",
        Kind = InboundKind.PollAnswer,
        PollAnswer = new Domain.Messaging.PollAnswer(answer.PollId, answer.OptionIds),
        LanguageCode = voter.LanguageCode,
        DisplayName = NameOf(voter),
    };

    private static InboundMessage FromMessage(Message message, User from) => new()
    {
        Channel = ChannelKind.Telegram,
        ChatId = Id(message.Chat.Id),
        UserId = Id(from.Id),
        UpdateKey = $"telegram:message:{Id(message.Chat.Id)}:{Id(message.Id)}",
        Kind = message.Type switch
        {
            MessageType.Text => InboundKind.Text,
            MessageType.Photo => InboundKind.Photo,
            MessageType.Location or MessageType.Venue when message.Location is not null => InboundKind.Location,
            _ => InboundKind.Unsupported,
        },
        Location = message.Location is { } point
            ? new SharedLocation(point.Latitude, point.Longitude, message.Venue is { } venue ? string.Join(", ", new[] { venue.Title, venue.Address }.Where(p => !string.IsNullOrWhiteSpace(p))) : null)
            : null,
        Text = message.Text ?? message.Caption,
        PhotoRef = message.Photo?.MaxBy(p => (long)p.Width * p.Height)?.FileId,
        LanguageCode = from.LanguageCode,
        DisplayName = NameOf(from),
    };

    private static InboundMessage FromButton(CallbackQuery query) => new()
    {
        Channel = ChannelKind.Telegram,
        ChatId = Id(query.Message?.Chat.Id ?? query.From.Id),
        UserId = Id(query.From.Id),
        UpdateKey = $"telegram:callback:{query.Id}",
        Kind = InboundKind.Button,
        Payload = query.Data ?? string.Empty,
        LanguageCode = query.From.LanguageCode,
        DisplayName = NameOf(query.From),
        SourceMessageId = query.Message is { } source ? Id(source.Id) : null,
        IsPrivateChat = query.Message is null || query.Message.Chat.Type == ChatType.Private,
    };

    /// <summary>"Anna Bērziņa (@anna_b)": the name as Telegram shows it, and the username where there is one.</summary>
    public static string NameOf(User user)
    {
        var name = string.IsNullOrWhiteSpace(user.LastName) ? user.FirstName : $"{user.FirstName} {user.LastName}";
        return string.IsNullOrEmpty(user.Username) ? name : $"{name} (@{user.Username})";
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
