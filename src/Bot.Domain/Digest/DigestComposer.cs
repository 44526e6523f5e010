using System.Text;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Digest;

/// <summary>Writes a digest from its facts, in each language: the same content for everyone, so it is a broadcast.</summary>
public sealed class DigestComposer(EventTime time)
{
    public const int TopIdeas = 5;
    public const int DaysAhead = 14;

    /// <summary>With five ideas and five events, three polls keep the digest within Messenger's 13 buttons.</summary>
    public const int TopPolls = 3;

    /// <summary>The most buttons a digest carries: Messenger's quick replies.</summary>
    public const int MaxButtons = 13;

    /// <summary>The digest in every language, or null when there is nothing new.</summary>
    public BroadcastContent? Compose(DigestFacts facts, DigestPeriod period, DateTimeOffset now) =>
        facts.HasNews ? new BroadcastContent(Languages.All.ToDictionary(l => l, l => Template(facts, period, now, l))) : null;

    /// <summary>
    /// The digest in one language. A broadcast goes to every channel, so its user-text labels keep within
    /// the tightest one's (<paramref name="maxLabelLength"/>); /digest asks for its own chat's.
    /// </summary>
    public OutboundTemplate Template(DigestFacts facts, DigestPeriod period, DateTimeOffset now, Language language, int maxLabelLength = ButtonLabel.MaxLength)
    {
        var t = Phrasebook.For(language);
        var text = new StringBuilder(t.DigestTitle(time.Moment(period.From), time.Moment(period.LastMoment)));
        var buttons = new List<IReadOnlyList<Button>>();
        if (facts.Approved.Count > 0)
        {
            text.Append("\n\n").Append(t.DigestApprovedHeader);
            foreach (var idea in facts.Approved)
            {
                text.Append('\n').Append(t.DigestIdeaLine(idea.Id, Markup.Escape(idea.Title), idea.Supports));
            }

            buttons.Add(facts.Approved.Select(i => new Button(t.DigestOpenIdea(i.Id), DigestButtons.Payload(DigestButtons.Idea, i.Id))).ToList());
        }

        if (facts.Changed.Count > 0)
        {
            text.Append("\n\n").Append(t.DigestChangedHeader);
            foreach (var change in facts.Changed)
            {
                text.Append('\n').Append(t.DigestChangeLine(change.Id, Markup.Escape(change.Title), t.Status(change.Status)));
                if (!string.IsNullOrWhiteSpace(change.Comment))
                {
                    text.Append('\n').Append(t.DigestComment(Markup.Escape(change.Comment)));
                }
            }
        }

        if (facts.Upcoming.Count > 0)
        {
            text.Append("\n\n").Append(t.DigestEventsHeader);
            foreach (var cityEvent in facts.Upcoming)
            {
                text.Append('\n').Append(t.DigestEventLine(Markup.Escape(cityEvent.Title), time.Moment(cityEvent.StartsAt), time.Relative(cityEvent.StartsAt, now, language)));
                buttons.Add([new Button(ButtonLabel.Fit(t.DigestOpenEvent, cityEvent.Title, maxLabelLength), DigestButtons.Payload(DigestButtons.Event, cityEvent.Id))]);
            }
        }

        // The features' parts come after the polls in the text, but their buttons are kept within Messenger's 13
        // before the polls': a poll's line stays, without its button, when there is no room for it.
        var parts = facts.Sections.Select(section => section.Write(language, maxLabelLength)).ToList();
        var partButtons = parts.SelectMany(part => part.Buttons).ToList();
        while (partButtons.Count > 0 && buttons.Sum(row => row.Count) + partButtons.Sum(row => row.Count) > MaxButtons)
        {
            partButtons.RemoveAt(partButtons.Count - 1);
        }

        var pollRoom = Math.Max(0, MaxButtons - buttons.Sum(row => row.Count) - partButtons.Sum(row => row.Count));
        if (facts.OpenPolls.Count > 0)
        {
            var p = Polls.PollTexts.For(language);
            text.Append("\n\n").Append(p.DigestHeader);
            foreach (var poll in facts.OpenPolls)
            {
                text.Append('\n').Append(p.DigestLine(Markup.Escape(poll.Question), time.Moment(poll.ClosesAt)));
                if (pollRoom-- > 0)
                {
                    buttons.Add([new Button(ButtonLabel.Fit(q => $"{p.Vote}: {q}", poll.Question, maxLabelLength), Polls.PollVoteButtons.ShowPayload(poll.Id))]);
                }
            }
        }

        foreach (var part in parts)
        {
            text.Append("\n\n").Append(part.Text);
        }

        buttons.AddRange(partButtons);

        // "You said, we did": where to see what became of the ideas so far.
        text.Append("\n\n").Append(Results.ResultsTexts.For(language).DigestLink);
        var f = facts.Figures;
        text.Append("\n\n").Append(t.DigestFigures(f.NewIdeas, f.Supports, f.People));
        var title = t.DigestTitle(time.Moment(period.From), time.Moment(period.LastMoment));
        return new OutboundTemplate(text.ToString())
        {
            Buttons = buttons,
            Template = WindowTemplate.Of(
                WindowTemplate.Digest,
                text.ToString(),
                ("title", title),
                ("ideas", facts.Approved.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("events", facts.Upcoming.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        };
    }

}
