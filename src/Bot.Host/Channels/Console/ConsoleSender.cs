using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>
/// Prints outbox messages in the terminal, buttons under the text as "[B1] Support". The terminal is one
/// person: only its console user's messages come here; another console user's (the author of an idea, say)
/// wait for that person's own terminal. A terminal cannot change what it printed: a redrawn card is printed
/// again below, with its letter, and new buttons alone come under a line naming the card they belong to.
/// </summary>
internal sealed partial class ConsoleSender(ConsoleTerminal terminal, ConsoleButtons buttons, ConsoleLanguage language, IOptions<ConsoleOptions> options) : IChannelSender
{
    private const int TitleLength = 60;

    private int lastMessageId;

    public ChannelKind Channel => ChannelKind.Console;

    public string OwnChat => options.Value.UserId;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        if (message.StopsPoll)
        {
            // The console's polls are buttons, which the closing answers for itself.
            return new SendResult.Sent(message.ReplacesMessageId);
        }

        var replaced = message.ReplacesMessageId;
        if (message.ButtonsOnly && message.Buttons.Count == 0)
        {
            buttons.Retire(replaced);
            return new SendResult.Sent(replaced);
        }

        // A redrawn message keeps its id, as an edited one does on the apps, so it can be redrawn again.
        var id = replaced ?? Interlocked.Increment(ref lastMessageId).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder().AppendLine();
        ConsoleButtons.Card card;
        if (message.ButtonsOnly)
        {
            card = buttons.Show(id, null, message.Buttons, message.ExpectsText, replaces: replaced, answers: message.Lane == DeliveryLane.Reply);
            var texts = await language.TextsAsync(ct);
            text.Append("🤖 ").AppendLine(texts.CardUpdated(card.Title.Length > 0 ? card.Title : "…"));
        }
        else
        {
            var plain = Markup.ToPlainText(message.Text);
            card = buttons.Show(id, Title(plain), message.Buttons, message.ExpectsText, replaces: replaced, answers: message.Lane == DeliveryLane.Reply);
            text.Append("🤖 ").Append(Render(message.Text).Replace("\n", "\n   ", StringComparison.Ordinal)).AppendLine();
        }

        if (message.PhotoRef is { } photo)
        {
            text.Append("   📷 ").AppendLine(photo);
        }

        if (message.DocumentPath is { } document)
        {
            text.Append("   📄 ").AppendLine(document);
        }

        var index = 0;
        foreach (var row in message.Buttons)
        {
            text.Append("  ");
            foreach (var button in row)
            {
                text.Append(CultureInfo.InvariantCulture, $" [{card.Name(index++)}] {button.Label}");
            }

            text.AppendLine();
        }

        await terminal.Output.WriteAsync(text.ToString().AsMemory(), ct);
        await terminal.Output.FlushAsync(ct);
        return new SendResult.Sent(id);
    }

    /// <summary>A card's first line, shortened, to name it when only its buttons change.</summary>
    private static string Title(string plain)
    {
        var first = plain.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        return first.Length <= TitleLength ? first : first[..TitleLength].TrimEnd() + "…";
    }

    private string Render(string markup)
    {
        var text = terminal.UseColour ? BoldTags().Replace(markup, "\u001b[1m$1\u001b[22m") : markup;
        return Markup.ToPlainText(text);
    }

    [GeneratedRegex("<b>(.*?)</b>", RegexOptions.Singleline)]
    private static partial Regex BoldTags();
}
