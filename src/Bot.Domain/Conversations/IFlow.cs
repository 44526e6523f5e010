using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>
/// A guided, multi-step conversation. While a person is in a flow, their text, photos and the
/// flow's own buttons (payloads prefixed with <see cref="Name"/>) go to it.
/// </summary>
public interface IFlow
{
    string Name { get; }

    /// <summary>Who may carry on with the flow: the engine checks it at every step, so someone removed from the coordinators cannot finish a coordinator's draft.</summary>
    Chat.Audience Audience => Chat.Audience.Everyone;

    Task HandleAsync(ChatContext chat, Conversation conversation, CancellationToken ct);

    /// <summary>
    /// The unfinished draft as a person would name it ("an idea “Benches”"), or null when nothing in it
    /// is worth keeping yet. A command that would start over asks first when there is one.
    /// </summary>
    string? DescribeDraft(Conversation conversation, Phrasebook t);

    /// <summary>Asks again for the step the person is at, to carry on with the draft.</summary>
    Task ResumeAsync(ChatContext chat, Conversation conversation, CancellationToken ct);

    /// <summary>
    /// The payload of the button whose label the person typed, among the buttons of the question they are at
    /// ("Skip" typed under Skip), or null: typed text that is exactly one of the question's own labels is that press.
    /// </summary>
    Task<string?> TypedPressAsync(ChatContext chat, Conversation conversation, CancellationToken ct) => Task.FromResult<string?>(null);
}
