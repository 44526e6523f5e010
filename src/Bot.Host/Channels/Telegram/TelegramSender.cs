using System.Globalization;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>
/// Renders outbox messages as Telegram messages within its limits: HTML parse mode, inline keyboards,
/// edits in place, photos and documents with captions, long texts split into several messages.
/// </summary>
internal sealed class TelegramSender(ITelegramBotClient bot, TelegramBotIdentity identity, IOptions<DeliveryOptions> delivery, SecretRedactor redactor) : IChannelSender
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;

    public ChannelKind Channel => ChannelKind.Telegram;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        try
        {
            return await SendRenderedAsync(message, ParseMode.Html, message.Text, ct);
        }
        catch (ApiRequestException ex) when (TelegramErrors.IsUnparsableMarkup(ex))
        {
            // A markup slip must not cost the person their answer: send it as plain text instead.
            return await SendRenderedAsync(message, ParseMode.None, Markup.ToPlainText(message.Text), ct);
        }
    }

    private async Task<SendResult> SendRenderedAsync(OutboundMessage message, ParseMode parseMode, string text, CancellationToken ct)
    {
        try
        {
            var chat = new ChatId(message.To.ChatId);
            var keyboard = await KeyboardAsync(message.Buttons, ct);
            if (message.ReplacesMessageId is { } replaces && int.TryParse(replaces, CultureInfo.InvariantCulture, out var messageId))
            {
                if (message.StopsPoll)
                {
                    await StopPollAsync(chat, messageId, ct);
                    return new SendResult.Sent(replaces);
                }

                if (message.ButtonsOnly)
                {
                    await ReplaceButtonsAsync(chat, messageId, keyboard, ct);
                    return new SendResult.Sent(replaces);
                }

                if (await TryEditAsync(chat, messageId, text, parseMode, keyboard, ct))
                {
                    return new SendResult.Sent(replaces);
                }
            }

            // Above the free rate Telegram charges for broadcasts, when the city has chosen to pay.
            var paid = message.Lane == DeliveryLane.Broadcast && delivery.Value.Channels[ChannelKind.Telegram].PaidBroadcast;
            if (message.Poll is { } poll)
            {
                // Not anonymous, so each person's answer comes back as a poll_answer update; one answer each.
                var sentPoll = await bot.SendPoll(
                    chat, poll.Question, poll.Options.Select(o => new InputPollOption(o)), isAnonymous: false, allowsMultipleAnswers: false, allowPaidBroadcast: paid, cancellationToken: ct);
                return new SendResult.Sent(sentPoll.Id.ToString(CultureInfo.InvariantCulture)) { NativeId = sentPoll.Poll?.Id };
            }

            var sent = message switch
            {
                { DocumentPath: { } document } => await SendFileAsync(chat, text, parseMode, keyboard, document, isPhoto: false, paid, ct),
                { PhotoRef: { } photo } => await SendFileAsync(chat, text, parseMode, keyboard, photo, isPhoto: true, paid, ct),
                _ => await SendTextAsync(chat, text, parseMode, keyboard, paid, ct),
            };
            return new SendResult.Sent(sent.ToString(CultureInfo.InvariantCulture));
        }
        catch (ApiRequestException ex) when (!TelegramErrors.IsUnparsableMarkup(ex) || parseMode == ParseMode.None)
        {
            return TelegramErrors.Classify(ex, redactor);
        }
        catch (RequestException ex) when (ex is not ApiRequestException)
        {
            return new SendResult.RetryLater(TelegramErrors.Describe(ex, redactor));
        }
        catch (HttpRequestException ex)
        {
            return new SendResult.RetryLater(redactor.Redact(ex.Message));
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult.RetryLater("timed out");
        }
    }

    /// <summary>Sends the text as one message, or several when it is longer than Telegram allows; buttons go under the last.</summary>
    private async Task<int> SendTextAsync(ChatId chat, string text, ParseMode parseMode, InlineKeyboardMarkup? keyboard, bool paid, CancellationToken ct)
    {
        var pieces = MessageSplitter.Split(text, MaxTextLength);
        var last = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var sent = await bot.SendMessage(
                chat,
                pieces[i],
                parseMode,
                replyMarkup: i == pieces.Count - 1 ? keyboard : null,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                allowPaidBroadcast: paid,
                cancellationToken: ct);
            last = sent.Id;
        }

        return last;
    }

    /// <summary>Sends a photo or document with the text as caption; a text too long for a caption follows as its own message.</summary>
    private async Task<int> SendFileAsync(
        ChatId chat, string text, ParseMode parseMode, InlineKeyboardMarkup? keyboard, string reference, bool isPhoto, bool paid, CancellationToken ct)
    {
        var captionFits = text.Length <= MaxCaptionLength;
        var caption = captionFits && text.Length > 0 ? text : null;
        var markup = captionFits ? keyboard : null;
        await using var local = File.Exists(reference) ? File.OpenRead(reference) : null;
        InputFile file = local is not null ? InputFile.FromStream(local, Path.GetFileName(reference))
            : reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? InputFile.FromUri(reference)
            : InputFile.FromFileId(reference);
        var sent = isPhoto
            ? await bot.SendPhoto(chat, file, caption, parseMode, replyMarkup: markup, allowPaidBroadcast: paid, cancellationToken: ct)
            : await bot.SendDocument(chat, file, caption, parseMode, replyMarkup: markup, allowPaidBroadcast: paid, cancellationToken: ct);
        return captionFits ? sent.Id : await SendTextAsync(chat, text, parseMode, keyboard, paid, ct);
    }

    /// <summary>Edits a message's text in place; false when it cannot be edited any more (say it in a new message then).</summary>
    private async Task<bool> TryEditAsync(ChatId chat, int messageId, string text, ParseMode parseMode, InlineKeyboardMarkup? keyboard, CancellationToken ct)
    {
        try
        {
            await bot.EditMessageText(chat, messageId, text, parseMode, replyMarkup: keyboard, cancellationToken: ct);
            return true;
        }
        catch (ApiRequestException ex) when (TelegramErrors.IsNotModified(ex))
        {
            return true;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && !TelegramErrors.IsUnparsableMarkup(ex))
        {
            // Too old, deleted, or a photo (whose text is a caption).
            return false;
        }
    }

    private async Task StopPollAsync(ChatId chat, int messageId, CancellationToken ct)
    {
        try
        {
            await bot.StopPoll(chat, messageId, cancellationToken: ct);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            // Stopped already, or the message was deleted: either way it takes no votes now.
        }
    }

    private async Task ReplaceButtonsAsync(ChatId chat, int messageId, InlineKeyboardMarkup? keyboard, CancellationToken ct)
    {
        try
        {
            await bot.EditMessageReplyMarkup(chat, messageId, keyboard, cancellationToken: ct);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            // Already changed, too old or deleted: nothing more to do for buttons.
        }
    }

    /// <summary>Callback buttons, and start links as t.me links that open a private chat with the bot.</summary>
    private async Task<InlineKeyboardMarkup?> KeyboardAsync(IReadOnlyList<IReadOnlyList<Button>> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var username = rows.Any(r => r.Any(b => b.Kind == ButtonKind.StartLink)) ? await identity.UsernameAsync(bot, ct) : null;
        return new InlineKeyboardMarkup(rows.Select(row => row.Select(b => b.Kind == ButtonKind.StartLink
            ? InlineKeyboardButton.WithUrl(b.Label, $"https://t.me/{username}?start={Uri.EscapeDataString(b.Payload)}")
            : InlineKeyboardButton.WithCallbackData(b.Label, b.Payload))));
    }
}
