using System.Globalization;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>
/// The buttons of the console chat's messages, numbered as printed. The person types a number or a
/// label; the most recent message with that button wins, as the latest screen is what they read.
/// </summary>
public sealed class ConsoleButtons
{
    private readonly Lock gate = new();
    private List<(string MessageId, int Number, Button Button)> shown = [];

    /// <summary>Numbers a new message's buttons, replacing the ones shown before.</summary>
    public IReadOnlyList<(int Number, Button Button)> Show(string messageId, IReadOnlyList<IReadOnlyList<Button>> rows)
    {
        lock (gate)
        {
            if (rows.Count == 0)
            {
                return [];
            }

            shown = rows.SelectMany(r => r).Select((b, i) => (messageId, i + 1, b)).ToList();
            return shown.Select(s => (s.Number, s.Button)).ToList();
        }
    }

    /// <summary>Forgets the buttons of one message.</summary>
    public void Retire(string? messageId)
    {
        lock (gate)
        {
            shown.RemoveAll(s => s.MessageId == messageId);
        }
    }

    /// <summary>The button a typed line names, by its number or its label, with the message it was on.</summary>
    public (string MessageId, Button Button)? Match(string line)
    {
        lock (gate)
        {
            var typed = line.Trim();
            foreach (var (messageId, number, button) in shown)
            {
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
