using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>Rows for the common kinds of step.</summary>
public static class FlowSteps
{
    /// <summary>A typed answer, checked by <paramref name="read"/>, stored by <paramref name="store"/>; editable from the preview when it has a label.</summary>
    public static FlowStep<TDraft, TStep> Text<TDraft, TStep>(
        TStep id,
        Func<Phrasebook, string> ask,
        InputReader read,
        Action<TDraft, string> store,
        Func<TDraft, string?> value,
        Func<Phrasebook, string>? editLabel = null)
        where TDraft : FlowDraft
        where TStep : struct, Enum => new()
    {
        Id = id,
        EditLabel = editLabel,
        Current = turn => value(turn.Draft) is { } current ? Markup.Escape(current) : null,
        IsAnswered = draft => value(draft) is not null,
        Ask = turn => ValueTask.FromResult(new Question(ask(turn.T), [turn.LastRow]) { ExpectsText = true }),
        Take = turn =>
        {
            if (read(turn.Chat, out var problem) is not { } text)
            {
                return ValueTask.FromResult(StepResult.Again(problem));
            }

            store(turn.Draft, text);
            return ValueTask.FromResult(StepResult.Next);
        },
    };
}
