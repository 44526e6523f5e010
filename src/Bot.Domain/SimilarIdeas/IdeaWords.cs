using System.Globalization;
using System.Text;

namespace GenYCity.Bot.Domain.SimilarIdeas;

/// <summary>
/// The words of a text as ideas are compared: lower case, Cyrillic written in Latin letters the way Latvian
/// would write the loanword (скейтпарк → skeitpark), diacritics dropped (š → s), and each word cut to its
/// stem (the ending taken off, then five letters at most), so "parku", "парка" and "parks" are one word.
/// </summary>
public static class IdeaWords
{
    private const int StemLength = 5;

    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "z",
        ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "h", ['ц'] = "c",
        ['ч'] = "c", ['ш'] = "s", ['щ'] = "s", ['ъ'] = "", ['ы'] = "i", ['ь'] = "", ['э'] = "e", ['ю'] = "ju",
        ['я'] = "ja", ['і'] = "i", ['ї'] = "i", ['є'] = "e", ['ґ'] = "g", ['ł'] = "l", ['w'] = "v", ['ß'] = "ss",
    };

    /// <summary>Endings of Latvian, Russian (as transliterated), Polish and English words, the longest first.</summary>
    private static readonly string[] Endings =
    [
        "ajiem", "iem", "ami", "ach", "ogo", "ego", "omu", "emu", "ing", "ies", "jah", "jam", "aja", "oje",
        "am", "em", "im", "um", "as", "es", "is", "us", "os", "ai", "ei", "ov", "ev", "ei", "oi", "om", "ah", "ih", "ia", "ie", "ju", "ja", "ed",
        "a", "e", "i", "u", "s", "o", "y",
    ];

    /// <summary>Small words that say nothing of what an idea is about, in the languages the bot has.</summary>
    private static readonly HashSet<string> Stopwords = new(
        [
            "the", "and", "for", "with", "this", "that", "our", "are", "can", "would", "should", "could", "there", "more", "have", "from", "about", "some", "want", "need", "like",
            "kas", "lai", "ari", "par", "vai", "bet", "kur", "pie", "bija", "tiks", "butu", "var", "ir", "nav", "mes", "man", "mums", "savu", "sava", "vairak", "jabut", "varetu", "vajag", "vajadzetu", "tas", "tur", "seit", "ka",
            "dla", "ze", "nie", "jest", "oraz", "aby", "jak", "ktore",
            "eto", "cto", "kak", "ctobi", "ili", "tak", "nas", "nas", "vse", "bil", "est", "ocen", "mozno", "nuzno", "nado", "bolse", "hotelos", "bilo", "budet", "togo", "etot", "eti", "gde", "kogda",
        ],
        StringComparer.Ordinal);

    /// <summary>Lower case, Latin letters without diacritics, anything not a letter or digit a space.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (Letters.TryGetValue(c, out var latin))
            {
                plain.Append(latin);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else
            {
                plain.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }

        return plain.ToString();
    }

    /// <summary>The normalised words worth comparing: three letters or more, and not a stopword.</summary>
    public static IEnumerable<string> Words(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && !Stopwords.Contains(w));

    /// <summary>The word without its ending (three letters kept at least), before it is cut to the stem's length.</summary>
    public static string Root(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    /// <summary>The word's stem: its root, five letters at most.</summary>
    public static string Stem(string word)
    {
        var root = Root(word);
        return root.Length > StemLength ? root[..StemLength] : root;
    }
}
