using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// Every text the bot has, from its translator files: <c>texts/{namespace}/{language}.json</c> beside the
/// program (shipped), with a city's own folder laid over them key by key (<c>Bot:TextsFolder</c>), and the
/// language table <c>texts/languages.json</c>. One per process: <see cref="Current"/>.
/// </summary>
public sealed class TextCatalog
{
    public const string LanguagesFile = "languages.json";

    /// <summary>The argument that asks for an ordinal form (<c>key_ordinal_two</c>: "2nd"), as in i18next.</summary>
    public const string Ordinal = "ordinal";

    private static TextCatalog? current;

    private readonly FrozenDictionary<(string Language, string Namespace), FrozenDictionary<string, string>> files;

    private readonly FrozenDictionary<Language, int> order;

    private TextCatalog(
        IReadOnlyDictionary<Language, LanguageInfo> languages,
        Dictionary<(string, string), Dictionary<string, string>> files,
        IReadOnlyList<string> namespaces,
        IReadOnlyList<string> overridden)
    {
        Languages = languages;
        order = languages.Keys.Select((language, place) => (language, place)).ToFrozenDictionary(p => p.language, p => p.place);
        Namespaces = namespaces;
        Overridden = overridden;
        this.files = files.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The shipped texts until the host lays a city's folder over them (<see cref="Use"/>).</summary>
    public static TextCatalog Current
    {
        get => Volatile.Read(ref current) ?? Interlocked.CompareExchange(ref current, Load(ShippedFolder, cityFolder: null), null) ?? current!;
    }

    /// <summary>Where the program's own texts are: copied beside it by the build.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "texts");

    /// <summary>Every language in the table, with its row.</summary>
    public IReadOnlyDictionary<Language, LanguageInfo> Languages { get; }

    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>A language's place in the table (the city's order of buttons); past the end for one it lacks.</summary>
    public int PlaceOf(Language language) => order.TryGetValue(language, out var place) ? place : int.MaxValue;

    /// <summary>The city's files that were laid over the shipped ones ("chat/lv.json"), for the start-up log.</summary>
    public IReadOnlyList<string> Overridden { get; }

    public static void Use(TextCatalog catalog) => Volatile.Write(ref current, catalog);

    /// <summary>Reads the shipped folder and, when given, the city's folder over it. A file that is not valid JSON of texts throws, naming it.</summary>
    public static TextCatalog Load(string shippedFolder, string? cityFolder)
    {
        if (!Directory.Exists(shippedFolder))
        {
            throw new DirectoryNotFoundException($"The bot's texts are missing: no folder {shippedFolder}.");
        }

        var languages = ReadLanguages(Path.Combine(shippedFolder, LanguagesFile), []);
        var files = new Dictionary<(string, string), Dictionary<string, string>>();
        var namespaces = ReadFolder(shippedFolder, files, overridden: null);
        var overridden = new List<string>();
        if (cityFolder is not null)
        {
            if (!Directory.Exists(cityFolder))
            {
                throw new DirectoryNotFoundException($"{cityFolder} does not exist.");
            }

            var cityLanguages = Path.Combine(cityFolder, LanguagesFile);
            if (System.IO.File.Exists(cityLanguages))
            {
                languages = ReadLanguages(cityLanguages, languages);
            }

            ReadFolder(cityFolder, files, overridden);
        }

        return new TextCatalog(languages, files, namespaces, overridden);
    }

    /// <summary>A language's file in a namespace, key → text; empty when it has none.</summary>
    public IReadOnlyDictionary<string, string> File(Language language, string ns) =>
        files.TryGetValue((language.Code, ns), out var texts) ? texts : FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// One text in one language, its arguments put in. A plural text is chosen by the argument
    /// <c>count</c>. A missing key or argument is a mistake the checks catch before anyone meets it, so it throws.
    /// </summary>
    public string Render(Language language, string ns, string key, IReadOnlyList<(string Name, object? Value)> arguments)
    {
        var texts = File(language, ns);
        var info = Languages.TryGetValue(language, out var row) ? row : throw new KeyNotFoundException($"The language \"{language.Code}\" is not in the language table.");
        try
        {
            return Render(texts, info, ns, key, name => Find(arguments, name));
        }
        catch (KeyNotFoundException missing) when (!missing.Message.StartsWith("texts/", StringComparison.Ordinal))
        {
            throw new KeyNotFoundException($"texts/{ns}/{language.Code}.json: \"{key}\": {missing.Message}", missing);
        }
    }

    private string Render(IReadOnlyDictionary<string, string> texts, LanguageInfo info, string ns, string key, Func<string, object?> argument)
    {
        var text = Choose(texts, info, ns, key, argument);
        return I18nextJson.Render(
            text,
            argument,
            (value, format) => Format(value, format, info),
            (nestedKey, nestedArgument) => Render(texts, info, ns, nestedKey, nestedArgument));
    }

    private static string Choose(IReadOnlyDictionary<string, string> texts, LanguageInfo info, string ns, string key, Func<string, object?> argument)
    {
        if (texts.TryGetValue(key, out var text))
        {
            return text;
        }

        var ordinal = argument(Ordinal) is true;
        if (argument(I18nextJson.Count) is { } given)
        {
            var count = Convert.ToInt64(given, CultureInfo.InvariantCulture);
            var form = ordinal
                ? $"{key}_{Ordinal}_{PluralRules.OrdinalOf(info.Plural, count).Suffix()}"
                : $"{key}_{PluralRules.Of(info.Plural, count).Suffix()}";
            if (texts.TryGetValue(form, out var chosen))
            {
                return chosen;
            }
        }

        throw new KeyNotFoundException($"texts/{ns}/{info.Language.Code}.json has no \"{key}\".");
    }

    /// <summary>A moment in one of the date formats of <see cref="Dates"/>, as the language writes it.</summary>
    public string Date(Language language, LocalMoment moment, string format) =>
        Dates.Write(moment, format, Languages[language], File(language, Dates.Namespace));

    /// <summary>A list from a language's dates file, such as its month names in the genitive ("MonthsOf").</summary>
    public IReadOnlyList<string> DateList(Language language, string list) =>
        File(language, Dates.Namespace).TryGetValue(list, out var text) ? text.Split(',', StringSplitOptions.TrimEntries) : throw new KeyNotFoundException($"texts/{Dates.Namespace}/{language.Code}.json has no \"{list}\".");

    private string Format(object? value, string? format, LanguageInfo info) => value switch
    {
        string text when format is null => text,
        LocalMoment moment => Dates.Write(moment, format ?? Dates.At, info, File(info.Language, Dates.Namespace)),
        IFormattable number when format is null => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"No format \"{format}\" for {value?.GetType().Name ?? "null"}."),
    };

    private static object? Find(IReadOnlyList<(string Name, object? Value)> arguments, string name)
    {
        foreach (var (argumentName, value) in arguments)
        {
            if (argumentName == name)
            {
                return value;
            }
        }

        return null;
    }

    private static List<string> ReadFolder(string folder, Dictionary<(string, string), Dictionary<string, string>> files, List<string>? overridden)
    {
        var namespaces = new List<string>();
        foreach (var directory in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var ns = Path.GetFileName(directory);
            namespaces.Add(ns);
            foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                var code = Path.GetFileNameWithoutExtension(path);
                var relative = $"{ns}/{code}.json";
                if (!IsLanguageCode(code))
                {
                    throw new FormatException($"{relative}: a translator file is named after its language's code, two lower-case letters (\"{ns}/pl.json\").");
                }

                var read = I18nextJson.Read(System.IO.File.ReadAllText(path), relative);
                if (!files.TryGetValue((code, ns), out var texts))
                {
                    files[(code, ns)] = texts = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                foreach (var (key, text) in read)
                {
                    texts[key] = text;
                }

                overridden?.Add(relative);
            }
        }

        return namespaces;
    }

    private static Dictionary<Language, LanguageInfo> ReadLanguages(string path, Dictionary<Language, LanguageInfo> over)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"The language table is missing: {path}.");
        }

        Dictionary<string, LanguageRow?> rows;
        try
        {
            rows = JsonSerializer.Deserialize<Dictionary<string, LanguageRow?>>(System.IO.File.ReadAllText(path), RowOptions)
                ?? throw new FormatException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path} is not a language table: {e.Message}", e);
        }

        var languages = new Dictionary<Language, LanguageInfo>(over);
        foreach (var (code, row) in rows)
        {
            if (!IsLanguageCode(code))
            {
                throw new FormatException($"{path}: \"{code}\" is not a language code: two lower-case letters (ISO 639-1), such as \"pl\".");
            }

            var language = new Language(code);
            if (row is null || string.IsNullOrWhiteSpace(row.Name) || string.IsNullOrWhiteSpace(row.Culture) || string.IsNullOrWhiteSpace(row.Plural) || string.IsNullOrWhiteSpace(row.MessengerLocale))
            {
                throw new FormatException($"{path}: \"{code}\" needs name, culture, plural and messengerLocale.");
            }

            if (!PluralRules.Has(row.Plural))
            {
                throw new FormatException($"{path}: \"{code}\" names the plural rule \"{row.Plural}\"; the bot knows {string.Join(", ", PluralRules.Known)}.");
            }

            if (!KnownCultures.Value.Contains(row.Culture))
            {
                throw new FormatException($"{path}: \"{code}\" names the culture \"{row.Culture}\", which .NET does not know (such as \"pl-PL\").");
            }

            languages[language] = new LanguageInfo(language, row.Name, row.Culture, row.Plural, row.MessengerLocale);
        }

        return languages;
    }

    // ICU makes up a culture for any well-formed name; the table may name only the ones it knows.
    private static readonly Lazy<HashSet<string>> KnownCultures = new(() =>
        CultureInfo.GetCultures(CultureTypes.AllCultures).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Two lower-case letters (ISO 639-1), as the members' language column holds them.</summary>
    private static bool IsLanguageCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterLower);

    private static readonly JsonSerializerOptions RowOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private sealed record LanguageRow(string? Name, string? Culture, string? Plural, string? MessengerLocale);
}
