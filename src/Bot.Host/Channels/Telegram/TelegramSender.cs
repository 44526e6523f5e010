using System.Globalization;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>Renders outbox messages as Telegram messages: HTML parse mode, inline keyboards, edits in place.</summary>
internal sealed class TelegramSender(ITelegramBotClient bot) : IChannelSender
{
    private const int MaxCaptionLength = 1024;

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
            var keyboard = Keyboard(message.Buttons);
            if (message.ReplacesMessageId is { } replaces && int.TryParse(replaces, CultureInfo.InvariantCulture, out var messageId))
            {
                if (message.ButtonsOnly)
                {
                    return await ReplaceButtonsAsync(chat, messageId, keyboard, ct);
                }

                try
                {
                    await bot.EditMessageText(chat, messageId, text, parseMode, replyMarkup: keyboard, cancellationToken: ct);
                    return new SendResult.Sent(replaces);
                }
                catch (ApiRequestException ex) when (TelegramErrors.IsNotModified(ex))
                {
                    return new SendResult.Sent(replaces);
                }
                catch (ApiRequestException ex) when (ex.ErrorCode == 400 && !TelegramErrors.IsUnparsableMarkup(ex))
                {
                    // Too old, deleted or not editable: say it in a new message instead.
                }
            }

            Message sent;
            if (message.PhotoRef is { } photo)
            {
                var captionFits = text.Length <= MaxCaptionLength;
                sent = await bot.SendPhoto(
                    chat,
                    InputFile.FromString(photo),
                    caption: captionFits ? text : null,
                    parseMode: parseMode,
                    replyMarkup: captionFits ? keyboard : null,
                    cancellationToken: ct);
                if (captionFits)
                {
                    return new SendResult.Sent(sent.Id.ToString(CultureInfo.InvariantCulture));
                }
            }

            sent = await bot.SendMessage(
                chat,
                text,
                parseMode,
                replyMarkup: keyboard,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: ct);
            return new SendResult.Sent(sent.Id.ToString(CultureInfo.InvariantCulture));
        }
        catch (ApiRequestException ex) when (!TelegramErrors.IsUnparsableMarkup(ex) || parseMode == ParseMode.None)
        {
            return TelegramErrors.Classify(ex);
        }
        catch (RequestException ex) when (ex is not ApiRequestException)
        {
            return new SendResult.RetryLater(TelegramErrors.Describe(ex, token: null));
        }
        catch (HttpRequestException ex)
        {
            return new SendResult.RetryLater(ex.Message);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult.RetryLater("timed out");
        }
    }

    private async Task<SendResult> ReplaceButtonsAsync(ChatId chat, int messageId, InlineKeyboardMarkup? keyboard, CancellationToken ct)
    {
        var id = messageId.ToString(CultureInfo.InvariantCulture);
        try
        {
            await bot.EditMessageReplyMarkup(chat, messageId, keyboard, cancellationToken: ct);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            // Already changed, too old or deleted: the buttons are no longer pressable either way.
        }

        return new SendResult.Sent(id);
    }

    private static InlineKeyboardMarkup? Keyboard(IReadOnlyList<IReadOnlyList<Button>> rows) =>
        rows.Count == 0
            ? null
            : new InlineKeyboardMarkup(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Payload))));
}
