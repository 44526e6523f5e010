using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// The part of the i18next JSON v4 format the bot's translator files use, read and rendered here (no
/// i18next, Fluent, ICU or PO library for .NET is served to us, and this is all of it):
/// <list type="bullet">
/// <item>a file is one JSON object per language and namespace; nested objects make dotted keys;</item>
/// <item><c>{{name}}</c> puts in an argument, <c>{{name, format}}</c> formats it (the bot's date formats);</item>
/// <item>a plural text has one key per CLDR category, <c>key_one</c>, <c>key_few</c>…, chosen by the argument <c>count</c>;</item>
/// <item><c>$t(key, {"count": {{name}}})</c> puts in another text of the same file, with its own count.</item>
/// </list>
/// Weblate ("i18next JSON v4"), Crowdin ("i18next JSON") and Poedit open such files as they are.
/// </summary>
public static partial class I18nextJson
{
    /// <summary>The argument that chooses a plural form, as in i18next.</summary>
    public const string Count = "count";

    /// <summary>Reads a translator file into key → text. A value that is not a text is a mistake, named with its key.</summary>
    public static Dictionary<string, string> Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source} is not valid JSON: {e.Message}", e);
        }

        using var _ = document;
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{source}: a translator file is one JSON object of texts.");
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(document.RootElement, prefix: "", texts, source);
        return texts;
    }

    /// <summary>The key without its plural suffix, and the category the suffix names ("ideas_few" → "ideas", Few).</summary>
    public static string BaseKey(string key, out PluralCategory? category)
    {
        var underscore = key.LastIndexOf('_');
        if (underscore > 0 && Enum.TryParse<PluralCategory>(key[(underscore + 1)..], ignoreCase: true, out var parsed)
            && parsed.Suffix() == key[(underscore + 1)..])
        {
            category = parsed;
            return key[..underscore];
        }

        category = null;
        return key;
    }

    /// <summary>The argument names a text uses, in the text itself and in the counts it gives nested texts.</summary>
    public static IReadOnlySet<string> Arguments(string text) =>
        Interpolation().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The formats a text asks for: "closes, until" → "until".</summary>
    public static IEnumerable<string> Formats(string text) =>
        Interpolation().Matches(text).Where(m => m.Groups["format"].Success).Select(m => m.Groups["format"].Value);

    /// <summary>The keys a text puts in with <c>$t(…)</c>.</summary>
    public static IEnumerable<string> NestedKeys(string text) => Nesting().Matches(text).Select(m => m.Groups["key"].Value);

    /// <summary>
    /// Renders a text: nested texts first (each through <paramref name="nested"/>, with its options over
    /// the arguments), then the arguments (each through <paramref name="format"/>). An argument the text
    /// names but nobody gave (<paramref name="argument"/> answers null) is a mistake in the code or the file,
    /// and throws with its name.
    /// </summary>
    public static string Render(
        string text,
        Func<string, object?> argument,
        Func<object?, string?, string> format,
        Func<string, Func<string, object?>, string> nested)
    {
        if (text.Contains("$t(", StringComparison.Ordinal))
        {
            text = Nesting().Replace(text, m =>
            {
                var options = m.Groups["options"].Success ? Options(m.Groups["options"].Value, argument) : [];
                return nested(m.Groups["key"].Value, name => options.TryGetValue(name, out var value) ? value : argument(name));
            });
        }

        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        var rendered = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (Match m in Interpolation().Matches(text))
        {
            rendered.Append(text, at, m.Index - at);
            var value = argument(m.Groups["name"].Value)
                ?? throw new KeyNotFoundException($"{{{{{m.Groups["name"].Value}}}}} is not given by the code.");
            rendered.Append(format(value, m.Groups["format"].Success ? m.Groups["format"].Value : null));
            at = m.Index + m.Length;
        }

        return rendered.Append(text, at, text.Length - at).ToString();
    }

    // The options of $t(key, {...}): their {{placeholders}} are filled first, then read as JSON, as i18next does.
    private static Dictionary<string, object?> Options(string json, Func<string, object?> argument)
    {
        var filled = Interpolation().Replace(json, m => argument(m.Groups["name"].Value) switch
        {
            null => throw new KeyNotFoundException($"{{{{{m.Groups["name"].Value}}}}} is not given by the code."),
            string s => JsonSerializer.Serialize(s),
            var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
        });
        using var document = JsonDocument.Parse(filled);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Number => p.Value.GetInt64(),
                JsonValueKind.String => p.Value.GetString(),
                _ => (object?)null,
            });
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> texts, string source)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    texts[key] = property.Value.GetString()!;
                    break;
                case JsonValueKind.Object:
                    Flatten(property.Value, key + ".", texts, source);
                    break;
                default:
                    throw new FormatException($"{source}: \"{key}\" must be a text, not {property.Value.ValueKind}.");
            }
        }
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:,\s*(?<format>[A-Za-z][A-Za-z0-9_]*)\s*)?\}\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"\$t\((?<key>[A-Za-z0-9_.]+)\s*(?:,\s*(?<options>\{[^()]*\}))?\s*\)")]
    private static partial Regex Nesting();
}
