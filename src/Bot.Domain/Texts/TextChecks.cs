using System.Reflection;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// What every language's translator files must be, against the reference language (English): every key,
/// every plural form its rule needs, the same arguments, nested texts that exist, date formats the bot
/// has, markup it can send, and button labels that fit. Run at start for the offered languages (a city's
/// folder included) and by the suite for every language; each problem is one line naming the file and key.
/// </summary>
public static partial class TextChecks
{
    /// <summary>Namespaces whose texts go to web pages or the terminal, where markup is not ours: no tags at all.</summary>
    private static readonly HashSet<string> PlainNamespaces = ["dashboard", "console", Dates.Namespace];

    /// <summary>
    /// The problems of the languages a city offers: each must be in the table and complete. A language that
    /// is not offered is not checked here (the suite checks every language the bot ships).
    /// </summary>
    public static IEnumerable<string> Offered(TextCatalog catalog, IReadOnlyList<Language> offered)
    {
        foreach (var language in offered)
        {
            if (!catalog.Languages.ContainsKey(language))
            {
                yield return $"Bot:Languages has \"{language.Code}\", which is not in the language table (texts/{TextCatalog.LanguagesFile}); it has {string.Join(", ", catalog.Languages.Keys)}.";
                continue;
            }

            foreach (var problem in Language(catalog, language, offered))
            {
                yield return problem;
            }
        }
    }

    /// <summary>Every problem of one language's files, each naming its file and key.</summary>
    public static IEnumerable<string> Language(TextCatalog catalog, Language language, IReadOnlyList<Language> named)
    {
        var info = catalog.Languages[language];
        var labels = LabelKeys();
        foreach (var ns in catalog.Namespaces)
        {
            var file = $"texts/{ns}/{language.Code}.json";
            var reference = catalog.File(Members.Language.Reference, ns);
            var texts = catalog.File(language, ns);
            if (texts.Count == 0)
            {
                yield return $"{file} is missing: the language has none of the {ns} texts.";
                continue;
            }

            var wanted = Wanted(reference, info).ToList();
            var missing = wanted.Where(k => !texts.ContainsKey(k)).ToList();
            if (missing.Count > 0)
            {
                yield return $"{file} lacks {missing.Count} of {wanted.Count} texts: {Some(missing)}.";
            }

            var unknown = texts.Keys.Where(k => !wanted.Contains(k) && !IsOptionalForm(k, reference)).ToList();
            if (unknown.Count > 0)
            {
                yield return $"{file} has texts the bot does not use (misspelt?): {Some(unknown)}.";
            }

            foreach (var group in texts.GroupBy(p => I18nextJson.BaseKey(StripOrdinal(p.Key), out _)))
            {
                var key = group.Key;
                var expected = Arguments(reference, key);
                foreach (var (formKey, text) in group)
                {
                    foreach (var problem in TextProblems(ns, formKey, text, expected, texts, plain: PlainNamespaces.Contains(ns), label: labels.Contains((ns, key))))
                    {
                        yield return $"{file}: \"{formKey}\" {problem}";
                    }
                }
            }

            if (ns == Dates.Namespace)
            {
                foreach (var list in Dates.Lists.Where(texts.ContainsKey))
                {
                    var count = texts[list].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length;
                    if (count != Dates.Length(list))
                    {
                        yield return $"{file}: \"{list}\" lists {count} names, not {Dates.Length(list)} (separated by commas).";
                    }
                }
            }
        }

        var chat = catalog.File(language, Phrasebook.Namespace);
        foreach (var other in named.Where(l => catalog.Languages.ContainsKey(l) && !chat.ContainsKey($"LanguageName.{l.Code}")))
        {
            yield return $"texts/{Phrasebook.Namespace}/{language.Code}.json lacks \"LanguageName.{other.Code}\": the name of {other.Code} in this language.";
        }
    }

    /// <summary>The keys a language must have: each reference key, a plural one in each form of the language's rule.</summary>
    private static IEnumerable<string> Wanted(IReadOnlyDictionary<string, string> reference, LanguageInfo language)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in reference.Keys)
        {
            var ordinal = key.Contains($"_{TextCatalog.Ordinal}_", StringComparison.Ordinal);
            var name = I18nextJson.BaseKey(StripOrdinal(key), out var category);
            if (category is null)
            {
                yield return key;
            }
            else if (seen.Add(name + (ordinal ? "#" : "")))
            {
                var forms = ordinal
                    ? PluralRules.OrdinalCategoriesOf(language.Plural).Select(c => $"{name}_{TextCatalog.Ordinal}_{c.Suffix()}")
                    : PluralRules.CategoriesOf(language.Plural).Select(c => $"{name}_{c.Suffix()}");
                foreach (var form in forms)
                {
                    yield return form;
                }
            }
        }
    }

    // A plural form no whole number reaches ("_other" in Russian, for fractions) may be there, as Weblate writes it.
    private static bool IsOptionalForm(string key, IReadOnlyDictionary<string, string> reference)
    {
        var name = I18nextJson.BaseKey(StripOrdinal(key), out var category);
        return category is not null && reference.Keys.Any(k => I18nextJson.BaseKey(StripOrdinal(k), out var c) == name && c is not null);
    }

    private static string StripOrdinal(string key) => key.Replace($"_{TextCatalog.Ordinal}_", "_", StringComparison.Ordinal);

    /// <summary>The arguments a text takes, over all its forms in the reference language (plural forms may leave out <c>count</c>).</summary>
    private static HashSet<string> Arguments(IReadOnlyDictionary<string, string> reference, string key) =>
        reference.Where(p => I18nextJson.BaseKey(StripOrdinal(p.Key), out _) == key)
            .SelectMany(p => I18nextJson.Arguments(p.Value))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> TextProblems(
        string ns, string key, string text, HashSet<string> expected, IReadOnlyDictionary<string, string> texts, bool plain, bool label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return "is empty.";
            yield break;
        }

        var arguments = I18nextJson.Arguments(text);
        if (ns == Dates.Namespace)
        {
            var unknown = arguments.Where(a => !Dates.PatternArguments.Contains(a)).ToList();
            if (unknown.Count > 0)
            {
                yield return $"uses {string.Join(", ", unknown.Select(a => $"{{{{{a}}}}}"))}, which a date does not have ({string.Join(", ", Dates.PatternArguments)}).";
            }
        }
        else
        {
            var extra = arguments.Where(a => !expected.Contains(a)).ToList();
            if (extra.Count > 0)
            {
                yield return $"uses {string.Join(", ", extra.Select(a => $"{{{{{a}}}}}"))}, which the text does not have; it has {(expected.Count == 0 ? "none" : string.Join(", ", expected.Select(a => $"{{{{{a}}}}}")))}.";
            }

            var left = expected.Where(a => a != I18nextJson.Count && !arguments.Contains(a)).ToList();
            if (left.Count > 0)
            {
                yield return $"leaves out {string.Join(", ", left.Select(a => $"{{{{{a}}}}}"))}.";
            }
        }

        foreach (var format in I18nextJson.Formats(text).Where(f => !Dates.Formats.Contains(f)))
        {
            yield return $"asks for the format \"{format}\"; the bot has {string.Join(", ", Dates.Formats)}.";
        }

        foreach (var nested in I18nextJson.NestedKeys(text))
        {
            var forms = texts.Where(t => t.Key == nested || I18nextJson.BaseKey(t.Key, out _) == nested).ToList();
            if (forms.Count == 0)
            {
                yield return $"puts in \"$t({nested})\", which the file does not have.";
            }
            else if (forms.SelectMany(f => I18nextJson.Arguments(f.Value)).FirstOrDefault(a => a != I18nextJson.Count) is { } other)
            {
                // A nested text is put in before the outer text's arguments: it may take its count only.
                yield return $"puts in \"$t({nested})\", which uses {{{{{other}}}}}: a nested text takes only {{{{count}}}}.";
            }
        }

        if (MarkupProblem(text, plain) is { } markup)
        {
            yield return markup;
        }

        if (label && LabelLength(text) > ButtonLabel.MaxLength)
        {
            yield return $"is a button label of {LabelLength(text)} characters (a count as 3): buttons show at most {ButtonLabel.MaxLength}.";
        }
    }

    /// <summary>Only &lt;b&gt; and &lt;i&gt;, closed in order; none at all on web pages.</summary>
    private static string? MarkupProblem(string text, bool plain)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(text))
        {
            var name = tag.Groups["name"].Value;
            if (plain || name is not ("b" or "i"))
            {
                return $"has the tag {tag.Value}; {(plain ? "a web page's text has none" : "only <b> and <i> can be sent")}.";
            }

            if (!tag.Groups["close"].Success)
            {
                open.Push(name);
            }
            else if (!open.TryPop(out var last) || last != name)
            {
                return $"closes {tag.Value} where it is not open.";
            }
        }

        return open.Count > 0 ? $"leaves <{open.Peek()}> open." : null;
    }

    /// <summary>A label's length as a person sees it: each argument as a count of three digits.</summary>
    public static int LabelLength(string text) => new System.Globalization.StringInfo(Placeholder().Replace(text, "999")).LengthInTextElements;

    /// <summary>The (namespace, key) of every text marked <see cref="LabelAttribute"/> in the bot's sets of texts.</summary>
    public static IReadOnlySet<(string Namespace, string Key)> LabelKeys() => Labels.Value;

    private static readonly Lazy<HashSet<(string, string)>> Labels = new(() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Bot.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => (Type: t, Ns: t.GetField("Namespace", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(t => t.Ns is not null)
            .SelectMany(t => t.Type.GetMembers().Where(m => m.IsDefined(typeof(LabelAttribute))).Select(m => (t.Ns!, m.Name)))
            .ToHashSet());

    private static string Some(List<string> keys) =>
        string.Join(", ", keys.Take(8)) + (keys.Count > 8 ? $" and {keys.Count - 8} more" : "");

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\{[^}]*\}\}|\$t\([^)]*\)")]
    private static partial Regex Placeholder();
}
