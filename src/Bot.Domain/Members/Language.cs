using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenYCity.Bot.Domain.Members;

/// <summary>
/// A language the bot can speak, by its ISO 639-1 code ("lv", "pl"). Which languages exist is data, not
/// code: the table in <c>Texts/languages.json</c> (see <see cref="LanguageInfo"/>) and a translator file per
/// language. Stored and serialised as its code.
/// </summary>
[JsonConverter(typeof(LanguageJsonConverter))]
public readonly record struct Language : IComparable<Language>, IComparable
{
    public Language(string code) => Code = code.Trim().ToLowerInvariant();

    /// <summary>Daugavpils' languages, named for tests and examples; nothing in the bot's code depends on them.</summary>
    public static readonly Language Lv = new("lv");

    public static readonly Language Ru = new("ru");

    public static readonly Language En = new("en");

    /// <summary>The language every translator file is checked against, and the last resort for content.</summary>
    public static readonly Language Reference = En;

    public string Code { get => field ?? Reference.Code; }

    public override string ToString() => Code;

    /// <summary>Equal by code, so a default value is the reference language everywhere, as its <see cref="Code"/> says.</summary>
    public bool Equals(Language other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>In the order of the language table (the city's order of buttons), then by code.</summary>
    public int CompareTo(Language other)
    {
        var catalog = Texts.TextCatalog.Current;
        var (mine, theirs) = (catalog.PlaceOf(this), catalog.PlaceOf(other));
        return mine != theirs ? mine.CompareTo(theirs) : string.CompareOrdinal(Code, other.Code);
    }

    public int CompareTo(object? obj) => obj is Language other ? CompareTo(other) : 1;

    public static bool operator <(Language left, Language right) => left.CompareTo(right) < 0;

    public static bool operator >(Language left, Language right) => left.CompareTo(right) > 0;

    public static bool operator <=(Language left, Language right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Language left, Language right) => left.CompareTo(right) >= 0;

    /// <summary>A code as a language, as settings and test data write it (<c>[InlineData("lv")]</c>).</summary>
    public static implicit operator Language(string code) => new(code);

    private sealed class LanguageJsonConverter : JsonConverter<Language>
    {
        // Before languages were data, a language was written as its number in Lv, Ru, En.
        private static readonly string[] Numbered = ["lv", "ru", "en"];

        public override Language Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.GetInt32() is var n && n >= 0 && n < Numbered.Length
                ? new Language(Numbered[n])
                : new Language(reader.GetString() ?? Reference.Code);

        public override void Write(Utf8JsonWriter writer, Language value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
    }
}
