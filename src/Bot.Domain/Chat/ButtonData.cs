using System.Globalization;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Onboarding;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>
/// One handler's button payloads, "prefix:part:part", packed and unpacked in one place (as aiogram's
/// CallbackData does); the 64-byte limit is <see cref="Button"/>'s. A payload that does not unpack is
/// a stale or tampered button: <see cref="ButtonHandler{TPress}"/> answers it without reaching the handler.
/// </summary>
public sealed class ButtonData<TPress>(string prefix, Func<TPress, IEnumerable<string>> pack, Func<string[], TPress?> unpack)
    where TPress : class
{
    public string Prefix { get; } = prefix;

    public string Pack(TPress press) => string.Join(':', pack(press).Prepend(Prefix));

    public Button Button(string label, TPress press) => new(label, Pack(press));

    /// <summary>The press a payload's argument (the part after "prefix:") stands for, or null.</summary>
    public TPress? Unpack(string argument) => unpack(argument.Split(':'));
}

/// <summary>The parts payloads are made of, read strictly: a number is ASCII digits, a word is one of the handler's own.</summary>
public static class ButtonParts
{
    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A stored row's id: positive, digits only ("12", not "+12", " 12" or "١٢").</summary>
    public static bool TryId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0 && text.All(char.IsAsciiDigit);

    /// <summary>The value a handler's word stands for ("go" → Going).</summary>
    public static bool TryWord<TValue>(IReadOnlyDictionary<string, TValue> words, string text, out TValue value) =>
        words.TryGetValue(text, out value!);

    /// <summary>The word for a value, the other way round.</summary>
    public static string Word<TValue>(IReadOnlyDictionary<string, TValue> words, TValue value) =>
        words.Single(w => EqualityComparer<TValue>.Default.Equals(w.Value, value)).Key;
}

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

/// <summary>The one answer to a button the bot no longer knows (old, or made up).</summary>
public static class StaleButton
{
    public static void Answer(ChatContext chat)
    {
        if (!chat.Member.HasConsented)
        {
            OnboardingSteps.Prompt(chat);
        }
        else if (chat.Message.IsPrivateChat)
        {
            MainMenu.Show(chat, chat.T.StaleButton);
        }
        else
        {
            chat.Reply(chat.T.StaleButton);
        }
    }
}

/// <summary>A press of "prefix:action:id": one of a handler's actions on one stored thing (an idea, an event).</summary>
public sealed record ActionPress(string Action, long Id);

/// <summary>Payload shapes several handlers share.</summary>
public static class ButtonData
{
    /// <summary>"prefix:action:id", with the action one of <paramref name="actions"/>.</summary>
    public static ButtonData<ActionPress> ActionAndId(string prefix, params string[] actions) => new(
        prefix,
        press => [press.Action, ButtonParts.Id(press.Id)],
        parts => parts is [var action, var id] && actions.Contains(action) && ButtonParts.TryId(id, out var parsed) ? new ActionPress(action, parsed) : null);

    /// <summary>"prefix:word", with the word one of <paramref name="words"/>.</summary>
    public static ButtonData<TValue> Word<TValue>(string prefix, IReadOnlyDictionary<string, TValue> words)
        where TValue : class => new(
        prefix,
        value => [ButtonParts.Word(words, value)],
        parts => parts is [var word] && words.TryGetValue(word, out var value) ? value : null);
}
