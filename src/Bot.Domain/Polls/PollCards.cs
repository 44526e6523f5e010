using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>How a poll is shown: the poll itself (native on Telegram, text and buttons elsewhere) and its results.</summary>
public sealed class PollCards(EventTime time)
{
    /// <summary>The poll for one language: Telegram sends it as its own poll, other channels as the text with a button per answer.</summary>
    public OutboundTemplate Poll(Poll poll, Language language, int? chosen = null)
    {
        var t = PollTexts.For(language);
        var options = poll.Options;
        var text = t.Body(Markup.Escape(poll.Question), Numbered(options, chosen), time.Moment(poll.ClosesAt));
        return new OutboundTemplate(text)
        {
            Buttons = Buttons(poll, options, chosen, language),
            // Telegram's poll has no text of its own: the question says until when (within its 300 characters).
            Poll = new NativePoll(poll.Id, t.NativeQuestion(poll.Question, time.Moment(poll.ClosesAt)), options),
        };
    }

    /// <summary>One button per answer ("1. Park…", the chosen one ticked), and Withdraw once a vote is in.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> Buttons(Poll poll, IReadOnlyList<string> options, int? chosen, Language language)
    {
        var rows = options
            .Select((option, i) => (IReadOnlyList<Button>)[PollVoteButtons.Vote(poll.Id, i, ButtonLabel.Fit($"{(chosen == i ? "✓ " : string.Empty)}{i + 1}. {option}", ButtonLabel.MaxLength))])
            .ToList();
        if (chosen is not null)
        {
            rows.Add([PollVoteButtons.Undo(poll.Id, PollTexts.For(language).Withdraw)]);
        }

        return rows;
    }

    /// <summary>The results, for one language: each answer with its votes and share, and the total.</summary>
    public static string Results(Poll poll, PollCounts counts, Language language)
    {
        var t = PollTexts.For(language);
        var text = new StringBuilder(t.ResultsTitle(Markup.Escape(poll.Question)));
        var options = poll.Options;
        for (var i = 0; i < options.Count; i++)
        {
            var votes = counts.ByOption[i];
            text.Append('\n').Append(t.ResultLine(i + 1, Markup.Escape(options[i]), votes, Percent(votes, counts.Total)));
        }

        return text.Append('\n').Append(t.Total(counts.Total)).ToString();
    }

    public static int Percent(int votes, int total) => total == 0 ? 0 : (int)Math.Round(100.0 * votes / total, MidpointRounding.AwayFromZero);

    private static string Numbered(IReadOnlyList<string> options, int? chosen) =>
        string.Join('\n', options.Select((o, i) => string.Create(CultureInfo.InvariantCulture, $"{(chosen == i ? "✓ " : string.Empty)}{i + 1}. {Markup.Escape(o)}")));
}
