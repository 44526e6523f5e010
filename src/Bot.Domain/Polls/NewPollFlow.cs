using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>
/// /newpoll (coordinators): question → 2–10 answers, one per line → audience (everyone subscribed, or the
/// people who answered an event) → closing time → preview → Send. The poll is a broadcast: progress reports
/// come back as for /announce, and the closing job sends the results once.
/// </summary>
public sealed class NewPollFlow(IPollRepository polls, IBroadcastRepository broadcasts, IEventRepository events, PollCards cards, EventTime time)
    : GuidedFlow<PollDraft, NewPollStep>(FlowName), ICommand
{
    public const string FlowName = "newpoll";
    public const int MaxDays = 30;
    private static readonly int[] QuickDays = [1, 3, 7];

    /// <summary>/newpoll in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("newpoll", Audience.Coordinators, false, 180, p => Domain.Polls.PollTexts.For(p.Language).CmdNewPoll);

    public CommandInfo Info => Command;

    protected override IReadOnlyList<FlowStep<PollDraft, NewPollStep>> DeclareSteps() =>
    [
        FlowSteps.Text<PollDraft, NewPollStep>(NewPollStep.Question, t => PollTexts.For(t.Language).AskQuestion(Poll.MaxQuestionLength), TextInput.Plain(Poll.MaxQuestionLength), (d, text) => d.Question = text, d => d.Question),
        new()
        {
            Id = NewPollStep.Options,
            IsAnswered = d => d.Options is not null,
            Ask = turn => ValueTask.FromResult(new Question(PollTexts.For(turn.Chat.Member.Language).AskOptions(Poll.MinOptions, Poll.MaxOptions, Poll.MaxOptionLength), [turn.LastRow]) { ExpectsText = true }),
            Take = turn => ValueTask.FromResult(TakeOptions(turn)),
        },
        AudienceStep.Create<PollDraft, NewPollStep>(NewPollStep.Audience, broadcasts, events, turn => PollTexts.For(turn.Chat.Member.Language).AskAudience),
        new()
        {
            Id = NewPollStep.Closing,
            IsAnswered = d => d.ClosesAt is not null,
            Ask = turn =>
            {
                var t = PollTexts.For(turn.Chat.Member.Language);
                IReadOnlyList<Button> quick = QuickDays.Select(days => turn.Button(t.InDays(days), $"days:{days}")).ToList();
                return ValueTask.FromResult(new Question(t.AskClosing(time.Example(turn.Chat.Now).Local), [quick, [turn.Cancel]]) { ExpectsText = true });
            },
            Take = turn => ValueTask.FromResult(TakeClosing(turn)),
        },
        new()
        {
            Id = NewPollStep.Preview,
            Ask = async turn =>
            {
                var (draft, t) = (turn.Draft, PollTexts.For(turn.Chat.Member.Language));
                var options = string.Join('\n', draft.Options!.Select((o, i) => $"{i + 1}. {Markup.Escape(o)}"));
                // A poll has no template: whoever is outside their chat's 24-hour window will not get it, and is counted.
                var outside = await broadcasts.CountOutsideWindowAsync(draft.Audience!.Value, draft.EventId, templateKind: null, turn.Cancellation);
                return new Question(
                    t.Preview(Markup.Escape(draft.Question!), options, draft.AudienceLabel!, time.Moment(draft.ClosesAt!.Value)) + AnnounceFlow.WindowLines(turn.T, outside),
                    [[turn.Button(t.Send, $"send:{draft.Key}"), turn.Cancel]]);
            },
            Take = SendAsync,
        },
    ];

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct) =>
        BeginAsync(chat, new PollDraft { Key = FlowDraft.NewKey() }, ct);

    public override string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        conversation.ReadDraft<PollDraft>().Question is { Length: > 0 } question ? PollTexts.For(t.Language).DraftPoll(Markup.Escape(ButtonLabel.Fit(question, 40))) : null;

    /// <summary>The answers, one per line: blank lines dropped, each one checked, none twice.</summary>
    private static StepResult TakeOptions(FlowTurn<PollDraft> turn)
    {
        var t = PollTexts.For(turn.Chat.Member.Language);
        if (TextInput.Read(turn.Chat, Poll.MaxOptions * (Poll.MaxOptionLength + 1), out var problem) is not { } text)
        {
            return StepResult.Again(problem);
        }

        // One per line; on one line (a terminal, a hurried phone), separated by semicolons.
        var options = text.Split(text.Contains('\n', StringComparison.Ordinal) ? '\n' : ';').Select(Unbulleted).Where(line => line.Length > 0).ToList();
        if (options.Count < Poll.MinOptions)
        {
            return StepResult.Again(t.TooFewOptions(Poll.MinOptions));
        }

        if (options.Count > Poll.MaxOptions)
        {
            return StepResult.Again(t.TooManyOptions(Poll.MaxOptions));
        }

        if (options.FindIndex(o => o.Length > Poll.MaxOptionLength) is var tooLong and >= 0)
        {
            return StepResult.Again(t.OptionTooLong(tooLong + 1, Poll.MaxOptionLength));
        }

        if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() < options.Count)
        {
            return StepResult.Again(t.OptionsRepeat);
        }

        turn.Draft.Options = options;
        return StepResult.Next;
    }

    /// <summary>A line without a list's bullet ("- ", "• ", "1. "), so "-10 %" stays as it is.</summary>
    private static string Unbulleted(string line)
    {
        var trimmed = line.Trim();
        var bullet = System.Text.RegularExpressions.Regex.Match(trimmed, @"^(?:[-•*]|\d{1,2}[.)])\s+");
        return bullet.Success ? trimmed[bullet.Length..].Trim() : trimmed;
    }

    private StepResult TakeClosing(FlowTurn<PollDraft> turn)
    {
        var (chat, t) = (turn.Chat, PollTexts.For(turn.Chat.Member.Language));
        DateTimeOffset closesAt;
        if (turn.Action is { } action && action.StartsWith("days:", StringComparison.Ordinal)
            && int.TryParse(action["days:".Length..], System.Globalization.CultureInfo.InvariantCulture, out var days) && QuickDays.Contains(days))
        {
            closesAt = time.AddLocalDays(chat.Now, days);
        }
        else if (TextInput.Read(chat, 40, out var problem) is { } text)
        {
            var reading = time.Read(text, chat.Now);
            if (time.Refusal(reading, turn.T, chat.Now) is { } refusal)
            {
                return StepResult.Again(refusal);
            }

            closesAt = reading.StartsAt;
        }
        else
        {
            return StepResult.Again(problem);
        }

        if (closesAt > chat.Now.AddDays(MaxDays))
        {
            return StepResult.Again(t.ClosingTooFar(MaxDays));
        }

        // To the minute: the closing job ticks once a minute.
        turn.Draft.ClosesAt = new DateTimeOffset(closesAt.UtcTicks - (closesAt.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        return StepResult.Next;
    }

    private async ValueTask<StepResult> SendAsync(FlowTurn<PollDraft> turn)
    {
        var (chat, draft, ct) = (turn.Chat, turn.Draft, turn.Cancellation);
        var t = PollTexts.For(chat.Member.Language);
        if (turn.Action != $"send:{draft.Key}")
        {
            return StepResult.Again(turn.T.InputUseButtons);
        }

        var size = await broadcasts.CountAudienceAsync(draft.Audience!.Value, draft.EventId, ct);
        if (size == 0)
        {
            chat.Reply(t.Nobody);
            return StepResult.Handled;
        }

        if (draft.ClosesAt <= chat.Now)
        {
            // The draft waited past its own closing time: ask for it again.
            draft.ClosesAt = null;
            return GoTo(NewPollStep.Closing, turn.T.InputPastDate);
        }

        chat.EndConversation();
        chat.RetireSourceButtons();
        var poll = Poll.Create(draft.Question!, draft.Options!, draft.Audience.Value, draft.EventId, draft.ClosesAt!.Value, chat.Member.Id, chat.Now);
        await polls.AddAsync(poll, ct);
        var content = new BroadcastContent(Languages.All.ToDictionary(l => l, l => cards.Poll(poll, l)));
        broadcasts.Add(Broadcast.Create(BroadcastKind.Poll, poll.Audience, poll.EventId, content, chat.Member, chat.Now, subjectId: poll.Id));
        MainMenu.Show(chat, t.Queued(poll.Id, size));
        return StepResult.Handled;
    }
}
