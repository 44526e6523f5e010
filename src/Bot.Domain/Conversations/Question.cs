using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>A step's question: its text and buttons; <see cref="ExpectsText"/> when typing is an answer.</summary>
public sealed record Question(string Text, IReadOnlyList<IReadOnlyList<Button>> Buttons)
{
    public bool ExpectsText { get; init; }

    public string? PhotoRef { get; init; }

    /// <summary>Asked in the person's own chat, also when the button that led here was pressed in a group.</summary>
    public bool Privately { get; init; }
}
