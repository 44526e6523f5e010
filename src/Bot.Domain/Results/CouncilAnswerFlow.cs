using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Results;

/// <summary>The council's answer: accepted, not accepted or partly → the answer as residents read it → recorded and told.</summary>
public sealed class CouncilAnswerFlow(IIdeaRepository ideas, IdeaTimeline timeline) : GuidedFlow<NewsDraft, CouncilStep>(FlowName)
{
    public const string FlowName = "council";

    public override Audience Audience => Audience.Coordinators;
    public const int MaxAnswerLength = 1500;

    private static readonly Dictionary<string, CouncilDecision> Decisions = new(StringComparer.Ordinal)
    {
        ["yes"] = CouncilDecision.Accepted,
        ["no"] = CouncilDecision.NotAccepted,
        ["part"] = CouncilDecision.Partly,
    };

    protected override IReadOnlyList<FlowStep<NewsDraft, CouncilStep>> DeclareSteps() =>
    [
        new()
        {
            Id = CouncilStep.Decision,
            IsAnswered = d => d.Decision is not null,
            Ask = turn =>
            {
                var t = ResultsTexts.For(turn.Chat.Member.Language);
                return ValueTask.FromResult(new Question(
                    t.AskDecision(turn.Draft.IdeaId),
                    [Decisions.Select(d => turn.Button(t.DecisionLabel(d.Value), d.Key)).ToList(), [turn.Cancel]]) { Privately = true });
            },
            Take = turn =>
            {
                if (turn.Action is not { } action || !Decisions.TryGetValue(action, out var decision))
                {
                    return ValueTask.FromResult(StepResult.Again(turn.T.InputUseButtons));
                }

                turn.Draft.Decision = decision;
                return ValueTask.FromResult(StepResult.Next);
            },
        },
        new()
        {
            Id = CouncilStep.Answer,
            Ask = turn => ValueTask.FromResult(new Question(ResultsTexts.For(turn.Chat.Member.Language).AskCouncilText(MaxAnswerLength), [[turn.Cancel]]) { ExpectsText = true, Privately = true }),
            Take = RecordAsync,
        },
    ];

    public Task StartAsync(ChatContext chat, NewsDraft draft, CancellationToken ct) => BeginAsync(chat, draft, ct);

    public override string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        ResultsTexts.For(t.Language).DraftCouncil(conversation.ReadDraft<NewsDraft>().IdeaId);

    protected override void OnCancelled(ChatContext chat) => chat.Reply(chat.T.Cancelled);

    private async ValueTask<StepResult> RecordAsync(FlowTurn<NewsDraft> turn)
    {
        var (chat, draft, ct) = (turn.Chat, turn.Draft, turn.Cancellation);
        if (TextInput.Read(chat, MaxAnswerLength, out var problem) is not { } answer)
        {
            return StepResult.Again(problem);
        }

        return await CoordinatorNewsButtons.RecordAsync(chat, draft.IdeaId, ideas, timeline, t => t.CouncilRecorded, idea =>
        {
            idea.RecordCouncilAnswer(draft.Decision!.Value, answer, chat.Now);
            return timeline.Record(chat, idea, IdeaNewsKind.CouncilAnswer, answer, decision: draft.Decision);
        }, ct);
    }
}
