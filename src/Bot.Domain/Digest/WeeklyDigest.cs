using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
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
        var text = new StringBuilder(t.DigestTitle(Day(period.From, language), Day(period.LastMoment, language)));
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
                text.Append('\n').Append(t.DigestEventLine(Markup.Escape(cityEvent.Title), time.FormatInSentence(cityEvent.StartsAt, language), time.Relative(cityEvent.StartsAt, now, language)));
                buttons.Add([new Button(ButtonLabel.Fit(t.DigestOpenEvent, cityEvent.Title, maxLabelLength), DigestButtons.Payload(DigestButtons.Event, cityEvent.Id))]);
            }
        }

        if (facts.OpenPolls.Count > 0)
        {
            var p = Polls.PollTexts.For(language);
            text.Append("\n\n").Append(p.DigestHeader);
            foreach (var poll in facts.OpenPolls)
            {
                text.Append('\n').Append(p.DigestLine(Markup.Escape(poll.Question), time.FormatInSentence(poll.ClosesAt, language)));
                buttons.Add([new Button(ButtonLabel.Fit(q => $"{p.Vote}: {q}", poll.Question, maxLabelLength), Polls.PollVoteButtons.ShowPayload(poll.Id))]);
            }
        }

        // "You said, we did": where to see what became of the ideas so far.
        text.Append("\n\n").Append(Results.ResultsTexts.For(language).DigestLink);
        var f = facts.Figures;
        text.Append("\n\n").Append(t.DigestFigures(f.NewIdeas, f.Supports, f.People));
        return new OutboundTemplate(text.ToString()) { Buttons = buttons };
    }

    /// <summary>"23.11." in Latvian and Russian, "23 Nov" in English.</summary>
    private string Day(DateTimeOffset instant, Language language) =>
        time.Local(instant).ToString(language == Language.En ? "d MMM" : "dd.MM.", language == Language.En ? EventTime.Culture(language) : CultureInfo.InvariantCulture);
}

/// <summary>
/// Issues the digest of one scheduled send, once: it records the period under its unique key and, when
/// there is news, starts a broadcast to everyone subscribed to the digest.
/// </summary>
public sealed class DigestIssuer(IDigestIssues issues, IDigestSource source, DigestComposer composer, IBroadcastRepository broadcasts, EventTime time)
{
    public async Task<DigestIssue?> IssueAsync(DateTimeOffset scheduledAt, DateTimeOffset now, CancellationToken ct)
    {
        var key = time.Local(scheduledAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (await issues.WasIssuedAsync(key, ct))
        {
            return null;
        }

        var period = DigestPeriod.WeekBefore(scheduledAt, time);
        var facts = await source.GatherAsync(period, now, DigestComposer.TopIdeas, DigestComposer.DaysAhead, ct);
        var content = composer.Compose(facts, period, now);
        if (content is not null)
        {
            broadcasts.Add(Broadcast.Create(BroadcastKind.Digest, AudienceKind.DigestSubscribers, null, content, null, now));
        }

        var issue = DigestIssue.Create(key, scheduledAt, now, content is not null);
        issues.Add(issue);
        return issue;
    }
}

/// <summary>
/// /digest: the last seven days on demand. Coordinators get the preview of the next send instead: the
/// days it will cover and the events it will list as seen from the moment it goes out, as it stands now.
/// </summary>
public sealed class DigestCommand(IDigestSource source, DigestComposer composer, IDigestSchedule schedule, EventTime time) : ICommand
{
    public CommandInfo Info => CommandCatalog.Digest;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var (period, asOf, preview) = chat.Member.IsCoordinator && schedule.NextAfter(chat.Now) is { } next
            ? (DigestPeriod.WeekBefore(next, time), next, chat.T.DigestPreview(time.FormatInSentence(next, chat.Member.Language)) + "\n\n")
            : (DigestPeriod.WeekEnding(chat.Now), chat.Now, string.Empty);
        var facts = await source.GatherAsync(period, asOf, DigestComposer.TopIdeas, DigestComposer.DaysAhead, ct);
        if (!facts.HasNews)
        {
            chat.Reply(preview + chat.T.DigestNothingNew);
            return;
        }

        var digest = composer.Template(facts, period, asOf, chat.Member.Language, chat.Message.Channel.MaxLabelLength());
        chat.Reply(preview + digest.Text, digest.Buttons);
    }
}

/// <summary>The digest's buttons: open an idea ("dg:i:12") with its Support button, or an event ("dg:e:3") with its answers.</summary>
public sealed class DigestButtons(IIdeaRepository ideas, IIdeaNewsRepository news, BotOptions options, EventViewer events) : ButtonHandler<ActionPress>
{
    public const string Prefix = "dg";
    public const string Idea = "i";
    public const string Event = "e";

    public static readonly ButtonData<ActionPress> Buttons = ButtonData.ActionAndId(Prefix, Idea, Event);

    public override bool NeedsConsent => false;

    protected override ButtonData<ActionPress> Data => Buttons;

    public static string Payload(string kind, long id) => Buttons.Pack(new ActionPress(kind, id));

    protected override async Task HandleAsync(ChatContext chat, ActionPress press, CancellationToken ct)
    {
        var id = press.Id;
        switch (press.Action)
        {
            case Event:
                await events.ShowOneAsync(chat, id, ct);
                break;
            case Idea when await ideas.FindAsync(id, ct) is { IsPublic: true } idea:
                var supported = await ideas.SupportedAmongAsync(chat.Member.Id, [idea.Id], ct);
                var followed = await news.FollowedAmongAsync(chat.Member.Id, [idea.Id], ct);
                chat.Send(IdeaCards.ForCommunity(chat.ReplyTo, idea, chat.Member, options, new Viewing(supported.Contains(idea.Id), followed.Contains(idea.Id))));
                break;
            case Idea:
                MainMenu.Show(chat, chat.T.IdeaNotAvailable);
                break;
        }
    }
}
