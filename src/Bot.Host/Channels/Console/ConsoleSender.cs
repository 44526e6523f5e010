using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>Prints outbox messages in the terminal, buttons numbered under the text.</summary>
internal sealed partial class ConsoleSender(ConsoleTerminal terminal, ConsoleButtons buttons) : IChannelSender
{
    private int lastMessageId;

    public ChannelKind Channel => ChannelKind.Console;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        if (message.ButtonsOnly)
        {
            // A terminal cannot change a printed message: forget its buttons, and print the new ones if any.
            buttons.Retire(message.ReplacesMessageId);
            if (message.Buttons.Count == 0)
            {
                return new SendResult.Sent(message.ReplacesMessageId);
            }
        }

        var id = Interlocked.Increment(ref lastMessageId).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder().AppendLine();
        if (!message.ButtonsOnly)
        {
            text.Append("🤖 ").AppendLine(Render(message.Text).Replace("\n", "\n   ", StringComparison.Ordinal));
        }

        if (message.PhotoRef is { } photo)
        {
            text.Append("   📷 ").AppendLine(photo);
        }

        if (message.DocumentPath is { } document)
        {
            text.Append("   📄 ").AppendLine(document);
        }

        var numbered = buttons.Show(message.ButtonsOnly ? message.ReplacesMessageId ?? id : id, message.Buttons);
        var index = 0;
        foreach (var row in message.Buttons)
        {
            text.Append("  ");
            foreach (var button in row)
            {
                var (number, _) = numbered[index++];
                text.Append(CultureInfo.InvariantCulture, $" [{number}] {button.Label}");
            }

            text.AppendLine();
        }

        await terminal.Output.WriteAsync(text.ToString().AsMemory(), ct);
        await terminal.Output.FlushAsync(ct);
        return new SendResult.Sent(id);
    }

    private string Render(string markup)
    {
        var text = terminal.UseColour ? BoldTags().Replace(markup, "\u001b[1m$1\u001b[22m") : markup;
        return Markup.ToPlainText(text);
    }

    [GeneratedRegex("<b>(.*?)</b>", RegexOptions.Singleline)]
    private static partial Regex BoldTags();
}
