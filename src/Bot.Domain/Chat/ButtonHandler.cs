using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>A button handler over typed presses: it sees only payloads its <see cref="Data"/> unpacks.</summary>
public abstract class ButtonHandler<TPress> : IButtonHandler
    where TPress : class
{
    string IButtonHandler.Prefix => Data.Prefix;

    public abstract bool NeedsConsent { get; }

    public virtual Audience Audience => Audience.Everyone;

    protected abstract ButtonData<TPress> Data { get; }

    public virtual bool WorksInGroup(InboundMessage message) => false;

    bool IButtonHandler.StartsFlow(string argument) => Data.Unpack(argument) is { } press && StartsFlow(press);

    /// <summary>Whether this press begins a guided flow, over which an unfinished draft is asked about first.</summary>
    protected virtual bool StartsFlow(TPress press) => false;

    public Task HandleAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        if (Data.Unpack(argument) is not { } press)
        {
            StaleButton.Answer(chat);
            return Task.CompletedTask;
        }

        return HandleAsync(chat, press, ct);
    }

    protected abstract Task HandleAsync(ChatContext chat, TPress press, CancellationToken ct);
}
