using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>
/// One row of a flow's table: how the step is asked, how an answer is taken (stored into the draft, or
/// refused with the reason), and, for a step that can be changed from the preview, its label in the edit
/// menu and what it holds now.
/// </summary>
public sealed class FlowStep<TDraft, TStep>
    where TDraft : FlowDraft
    where TStep : struct, Enum
{
    public required TStep Id { get; init; }

    public required Func<FlowTurn<TDraft>, ValueTask<Question>> Ask { get; init; }

    public required Func<FlowTurn<TDraft>, ValueTask<StepResult>> Take { get; init; }

    /// <summary>The step's button in the edit menu; null when it is not offered there.</summary>
    public Func<Phrasebook, string>? EditLabel { get; init; }

    /// <summary>What the step holds now, shown as "Now: …" while it is being changed (already escaped).</summary>
    public Func<FlowTurn<TDraft>, string?>? Current { get; init; }

    /// <summary>Whether the draft already holds this step's answer (a step without it counts as answered).</summary>
    public Func<TDraft, bool>? IsAnswered { get; init; }

    /// <summary>Whether the step is asked in this chat at all (the districts, only where the city has them); by default it is.</summary>
    public Func<FlowTurn<TDraft>, bool>? Applies { get; init; }
}
