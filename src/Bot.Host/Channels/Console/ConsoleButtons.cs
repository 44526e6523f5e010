using System.Globalization;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>
/// The buttons of the console chat's messages. Every button printed gets a number of its own, never
/// reused, so any card on screen can be pressed, as on Telegram, until its message is redrawn. A typed
/// line that is a number or a label presses that button, unless the latest message asks for a typed
/// answer: then what is typed is the answer, and a button is pressed with "#" ("#2", "#Skip").
/// </summary>
public sealed class ConsoleButtons
{
    public const char PressPrefix = '#';

    private readonly Lock gate = new();
    private readonly List<(string MessageId, int Number, Button Button)> shown = [];
    private int lastNumber;
    private bool answerIsTyped;

    /// <summary>Numbers a message's buttons (after the ones shown before), and notes whether it asks for a typed answer.</summary>
    public IReadOnlyList<(int Number, Button Button)> Show(string messageId, IReadOnlyList<IReadOnlyList<Button>> rows, bool expectsText)
    {
        lock (gate)
        {
            answerIsTyped = expectsText;
            var numbered = rows.SelectMany(r => r).Select(b => (messageId, ++lastNumber, b)).ToList();
            shown.AddRange(numbered);
            return numbered.Select(s => (s.Item2, s.b)).ToList();
        }
    }

    /// <summary>Forgets the buttons of one message (it was redrawn, or its buttons were taken off).</summary>
    public void Retire(string? messageId)
    {
        lock (gate)
        {
            shown.RemoveAll(s => s.MessageId == messageId);
        }
    }

    /// <summary>The button a typed line presses, with the message it is on; null when the line is text.</summary>
    public (string MessageId, Button Button)? Match(string line)
    {
        lock (gate)
        {
            var typed = line.Trim();
            var explicitly = typed.StartsWith(PressPrefix);
            if (explicitly)
            {
                typed = typed[1..].Trim();
            }
            else if (answerIsTyped)
            {
                return null;
            }

            // The newest button first: a label on several cards presses the latest one.
            for (var i = shown.Count - 1; i >= 0; i--)
            {
                var (messageId, number, button) = shown[i];
                if (typed == number.ToString(CultureInfo.InvariantCulture)
                    || string.Equals(Words(button.Label), Words(typed), StringComparison.OrdinalIgnoreCase))
                {
                    return (messageId, button);
                }
            }

            return null;
        }
    }

    /// <summary>The label without leading emoji or marks, so "settings" matches "⚙️ Settings".</summary>
    private static string Words(string label) =>
        new string(label.SkipWhile(c => !char.IsLetterOrDigit(c)).ToArray()).Trim();
}
