using GenYCity.Bot.Domain.Messaging;

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
