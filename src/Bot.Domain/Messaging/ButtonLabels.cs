namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// Typed text read as a button's label: "skip", "Izlaist" or "⏭ izlaist" all name the button "⏭ Izlaist".
/// Emoji and marks at either end do not count, nor does letter case.
/// </summary>
public static class ButtonLabels
{
    /// <summary>The button among <paramref name="rows"/> whose label is what was typed; null when none is (or when a button sends nothing back).</summary>
    public static Button? Typed(IEnumerable<IReadOnlyList<Button>> rows, string? typed) =>
        typed is null ? null : rows.SelectMany(row => row).FirstOrDefault(b => b.Kind == ButtonKind.Callback && Same(b.Label, typed));

    /// <summary>Whether <paramref name="typed"/> is the label, its words alike.</summary>
    public static bool Same(string label, string typed)
    {
        var words = Words(label);
        return words.Length > 0 && string.Equals(words, Words(typed), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The label without the emoji, marks and spaces at its ends ("✅ I agree" → "I agree").</summary>
    public static string Words(string label)
    {
        var span = label.AsSpan();
        var start = 0;
        while (start < span.Length && !char.IsLetterOrDigit(span[start]))
        {
            start++;
        }

        var end = span.Length;
        while (end > start && !char.IsLetterOrDigit(span[end - 1]))
        {
            end--;
        }

        return span[start..end].ToString();
    }
}
