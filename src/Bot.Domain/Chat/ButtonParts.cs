using System.Globalization;

namespace GenYCity.Bot.Domain.Chat;

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
