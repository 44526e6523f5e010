using System.Globalization;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>
/// The buttons of the console chat's messages. Each message with buttons gets a letter (A, B, C…) and its
/// buttons are numbered from 1: "[B1] Support". A typed number presses a button of the latest message with
/// buttons, which is what people look at; a letter and number ("b1") presses an older message's, as any card
/// on a phone's screen can be tapped; a button's label presses the newest button with that label. Where the
/// latest question asks for a typed answer, what is typed is the answer (the bot itself takes one of that
/// question's own labels as its press), and "#" presses a button there ("#1", "#b2", "#skip"). A redrawn
/// card keeps its letter, so its buttons are pressed as before.
/// </summary>
public sealed partial class ConsoleButtons
{
    public const char PressPrefix = '#';

    private readonly Lock gate = new();

    // The cards whose buttons can be pressed, in the order they were last drawn: the latest last.
    private readonly List<Card> cards = [];
    private Card? question;
    private bool saidSince;
    private int letters;

    /// <summary>A message as the console drew it: its letter (when it has buttons), its first line, and its buttons.</summary>
    public sealed record Card(string MessageId, string? Letter, string Title, IReadOnlyList<Button> Buttons, bool ExpectsText)
    {
        /// <summary>How a button of this card is shown and pressed: "B1".</summary>
        public string Name(int index) => Letter + (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Draws a message's buttons: a new letter, or the letter of the card it redraws (<paramref name="replaces"/>),
    /// whose title it keeps when it has none of its own (new buttons only). Only an answer to the person
    /// (<paramref name="answers"/>) that is not a redrawn card becomes the question their next line answers: a
    /// broadcast or a card redrawn meanwhile (a support counted) does not take a typed answer's place.
    /// </summary>
    public Card Show(string messageId, string? title, IReadOnlyList<IReadOnlyList<Button>> rows, bool expectsText, string? replaces = null, bool answers = true)
    {
        lock (gate)
        {
            var earlier = replaces is null ? null : cards.FindLast(c => c.MessageId == replaces);
            if (earlier is not null)
            {
                cards.Remove(earlier);
            }

            var buttons = rows.SelectMany(r => r).ToList();
            var letter = buttons.Count == 0 ? null : earlier?.Letter ?? NextLetter();
            var card = new Card(messageId, letter, string.IsNullOrEmpty(title) ? earlier?.Title ?? string.Empty : title, buttons, expectsText);
            if (buttons.Count > 0)
            {
                cards.Add(card);
            }

            if (earlier is not null && ReferenceEquals(question, earlier))
            {
                question = card;
            }
            else if (answers && replaces is null && (buttons.Count > 0 || expectsText) && (saidSince || question is not { ExpectsText: true }))
            {
                // A card that comes unasked (another person's new idea) while a typed answer is owed does not take its place.
                question = card;
                saidSince = !expectsText && saidSince;
            }

            return card;
        }
    }

    /// <summary>The person typed a line (any line, a command too): what the bot prints next answers it.</summary>
    public void Said()
    {
        lock (gate)
        {
            saidSince = true;
        }
    }

    /// <summary>Takes a message's buttons off (they were pressed for the last time, or the message was redrawn).</summary>
    public void Retire(string? messageId)
    {
        lock (gate)
        {
            cards.RemoveAll(c => c.MessageId == messageId);
            if (question is { } asked && asked.MessageId == messageId)
            {
                // Still the question a typed line answers, with nothing left to press on it.
                question = asked with { Buttons = [] };
            }
        }
    }

    /// <summary>What a typed line is: a press, text (with a hint when it was a number where an answer is typed), or a press of a button that is not there.</summary>
    public Typed Read(string line)
    {
        lock (gate)
        {
            var typed = line.Trim();
            var explicitly = typed.StartsWith(PressPrefix);
            var wanted = explicitly ? typed[1..].Trim() : typed;
            var number = int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            var digits = wanted.Length > 0 && wanted.All(char.IsAsciiDigit);
            var named = LetterAndNumber().IsMatch(wanted);
            if (question is { ExpectsText: true } asked)
            {
                if (!explicitly)
                {
                    return number is { } k && k >= 1 && k <= asked.Buttons.Count ? new Typed.Text(asked.Buttons[k - 1], asked.Name(k - 1)) : new Typed.Text(null, null);
                }

                // "#1" presses the question's own button 1, where the hint said it would.
                if (number is { } own && Press(asked, own) is { } ownPress)
                {
                    return ownPress;
                }
            }

            var press = ByName(wanted) ?? (number is { } shown && cards.Count > 0 ? Press(cards[^1], shown) : null) ?? ByLabel(wanted);
            if (press is { } found)
            {
                return found;
            }

            if (explicitly && question is { ExpectsText: true } && !digits && !named)
            {
                // "#Daugavpils" where a text is asked: a hashtag, not a press.
                return new Typed.Text(null, null);
            }

            return explicitly || digits || named ? new Typed.NoSuchButton(typed, Range()) : new Typed.Text(null, null);
        }
    }

    private Typed.Press? ByName(string wanted)
    {
        var match = LetterAndNumber().Match(wanted);
        if (!match.Success)
        {
            return null;
        }

        var card = cards.FindLast(c => string.Equals(c.Letter, match.Groups[1].Value, StringComparison.OrdinalIgnoreCase));
        return card is not null ? Press(card, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) : null;
    }

    private Typed.Press? ByLabel(string wanted)
    {
        // The newest card first: a label on several cards presses the latest one (and one that two of its buttons have, none).
        for (var i = cards.Count - 1; i >= 0; i--)
        {
            if (ButtonLabels.Typed([cards[i].Buttons], wanted) is { } button)
            {
                return new Typed.Press(cards[i].MessageId, button);
            }
        }

        return null;
    }

    private static Typed.Press? Press(Card card, int number) =>
        number >= 1 && number <= card.Buttons.Count ? new Typed.Press(card.MessageId, card.Buttons[number - 1]) : null;

    /// <summary>The latest card's buttons, "C1–C3"; null when no card has any.</summary>
    private string? Range() => cards.Count == 0 ? null
        : cards[^1].Buttons.Count == 1 ? cards[^1].Name(0)
        : $"{cards[^1].Name(0)}–{cards[^1].Name(cards[^1].Buttons.Count - 1)}";

    /// <summary>A, B, … Z, AA, AB…</summary>
    private string NextLetter()
    {
        var n = ++letters;
        var letter = string.Empty;
        while (n > 0)
        {
            n--;
            letter = (char)('A' + (n % 26)) + letter;
            n /= 26;
        }

        return letter;
    }

    [GeneratedRegex("^([A-Za-z]{1,3}) ?([0-9]{1,3})$")]
    private static partial Regex LetterAndNumber();

    /// <summary>What a typed line is.</summary>
    public abstract record Typed
    {
        /// <summary>A press of a button on a message printed before.</summary>
        public sealed record Press(string MessageId, Button Button) : Typed;

        /// <summary>Text for the bot; <see cref="NumberOf"/> is the button of the question it answers whose number it also is, named <see cref="Name"/> ("D2").</summary>
        public sealed record Text(Button? NumberOf, string? Name) : Typed;

        /// <summary>A press of a button the screen does not have; <see cref="Buttons"/> names the latest message's ("C1–C3").</summary>
        public sealed record NoSuchButton(string Typed, string? Buttons) : Typed;
    }
}
