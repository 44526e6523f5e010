using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>
/// Handles presses of buttons whose payload is "prefix:argument". The engine checks <see cref="Audience"/>
/// and <see cref="NeedsConsent"/> before calling it, for every press, forged or replayed ones included.
/// </summary>
public interface IButtonHandler
{
    string Prefix { get; }

    bool NeedsConsent { get; }

    Audience Audience => Audience.Everyone;

    /// <summary>
    /// Whether a press in a group is taken (the moderation chat's buttons are). Everything else answers
    /// in the chat it was pressed in, so in a group a forged button would post someone's own answers there.
    /// </summary>
    bool WorksInGroup(InboundMessage message) => false;

    /// <summary>Whether this press begins a guided flow (and so would replace an unfinished draft, which is asked about first).</summary>
    bool StartsFlow(string argument) => false;

    Task HandleAsync(ChatContext chat, string argument, CancellationToken ct);
}
