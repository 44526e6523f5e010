using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>
/// Prints outbox messages in the terminal, buttons numbered under the text. The terminal is one person:
/// only its console user's messages come here; another console user's (the author of an idea, say) wait
/// for that person's own terminal.
/// </summary>
internal sealed partial class ConsoleSender(ConsoleTerminal terminal, ConsoleButtons buttons, IOptions<ConsoleOptions> options) : IChannelSender
{
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

        if (message.ButtonsOnly)
        {
            // A terminal cannot change a printed message: forget its buttons, and print the new ones if any.
            buttons.Retire(message.ReplacesMessageId);
            if (message.Buttons.Count == 0)
            {
                return new SendResult.Sent(message.ReplacesMessageId);
            }
        }
        else if (message.ReplacesMessageId is { } replaced)
        {
            // The new text is printed below; the old message's buttons are gone with it.
            buttons.Retire(replaced);
        }

        var id = Interlocked.Increment(ref lastMessageId).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder().AppendLine();
        text.Append(message.ButtonsOnly ? "🤖 ↻" : "🤖 " + Render(message.Text).Replace("\n", "\n   ", StringComparison.Ordinal)).AppendLine();
        if (message.PhotoRef is { } photo)
        {
            text.Append("   📷 ").AppendLine(photo);
        }

        if (message.DocumentPath is { } document)
        {
            text.Append("   📄 ").AppendLine(document);
        }

        var rows = message.Buttons;
        var numbered = buttons.Show(message.ButtonsOnly ? message.ReplacesMessageId ?? id : id, rows, message.ExpectsText);
        var index = 0;
        foreach (var row in rows)
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
