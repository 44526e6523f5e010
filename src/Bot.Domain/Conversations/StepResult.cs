namespace GenYCity.Bot.Domain.Conversations;

/// <summary>What became of an answer to a step.</summary>
public abstract record StepResult
{
    /// <summary>Taken: on to the next step (or back to the preview when one field was being changed).</summary>
    public static StepResult Next { get; } = new Moved();

    /// <summary>The step answered the person itself and stays where it is, or ended the flow.</summary>
    public static StepResult Handled { get; } = new Answered();

    /// <summary>Not taken: the step is asked again after the reason.</summary>
    public static StepResult Again(string reason) => new Refused(reason);

    internal sealed record Moved : StepResult;

    internal sealed record Refused(string Reason) : StepResult;

    internal sealed record Answered : StepResult;

    internal sealed record Jumped(object Step, string? Reason) : StepResult;
}
