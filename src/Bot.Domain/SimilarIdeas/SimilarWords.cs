using System.Text.Json;

namespace GenYCity.Bot.Domain.SimilarIdeas;

/// <summary>
/// Words that name the same thing in different languages (miskaste, урна, bin), so that ideas written in
/// two languages can be found alike; read from <c>similar-words.json</c>, written from general civic
/// vocabulary. A word names a thing when it starts with one of the thing's beginnings; a beginning of three
/// letters must be the word's whole root ("bin" is a bin, "binary" is not); one of two words is looked for in
/// the whole text ("plac zabaw").
/// </summary>
public sealed class SimilarWords
{
    private readonly Dictionary<string, List<(string Start, string Thing)>> byFirstLetters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> byRoot = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, string Thing)> phrases = [];

    private SimilarWords(IReadOnlyDictionary<string, string[]> things)
    {
        foreach (var (thing, starts) in things)
        {
            foreach (var start in starts.Select(IdeaWords.Normalize).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct())
            {
                if (start.Contains(' ', StringComparison.Ordinal))
                {
                    phrases.Add((" " + start, thing));
                }
                else if (start.Length <= 3)
                {
                    Add(byRoot, start, thing);
                }
                else
                {
                    Add(byFirstLetters, start[..3], (start, thing));
                }
            }
        }
    }

    /// <summary>The words the bot ships with.</summary>
    public static SimilarWords Default { get; } = Load();

    public int Count => byFirstLetters.Values.Sum(l => l.Count) + byRoot.Values.Sum(l => l.Count) + phrases.Count;

    /// <summary>The things a normalised word names.</summary>
    public IEnumerable<string> ThingsOf(string word)
    {
        if (byRoot.TryGetValue(IdeaWords.Root(word), out var exact))
        {
            foreach (var thing in exact)
            {
                yield return thing;
            }
        }

        if (word.Length >= 4 && byFirstLetters.TryGetValue(word[..3], out var candidates))
        {
            foreach (var (start, thing) in candidates)
            {
                if (word.StartsWith(start, StringComparison.Ordinal))
                {
                    yield return thing;
                }
            }
        }
    }

    /// <summary>The things named by phrases of two words or more in a normalised text.</summary>
    public IEnumerable<string> ThingsInPhrases(string normalized)
    {
        var padded = " " + normalized;
        return phrases.Where(p => padded.Contains(p.Phrase, StringComparison.Ordinal)).Select(p => p.Thing);
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }

    private static SimilarWords Load()
    {
        using var stream = typeof(SimilarWords).Assembly.GetManifestResourceStream("similar-words.json")
            ?? throw new InvalidOperationException("similar-words.json is not embedded in Bot.Domain.");
        var document = JsonDocument.Parse(stream);
        var things = document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Array)
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray(), StringComparer.Ordinal);
        return new SimilarWords(things);
    }
}
