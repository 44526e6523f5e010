namespace GenYCity.Bot.Domain.Texts;

/// <summary>A CLDR plural category: the suffix of a plural text's key in i18next JSON v4 ("ideas_few").</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// <summary>
/// CLDR's plural rules for whole numbers (counts are never fractions here), for the languages of the
/// network's cities. A language names its rule in the language table; a rule not here stops the start.
/// Checked against CLDR's own examples in the tests.
/// </summary>
public static class PluralRules
{
    private static readonly Dictionary<string, (Func<long, PluralCategory> Rule, PluralCategory[] Categories)> Table = new()
    {
        // one: i = 1 and v = 0
        ["en"] = (n => n == 1 ? PluralCategory.One : PluralCategory.Other, [PluralCategory.One, PluralCategory.Other]),

        // zero: n % 10 = 0 or n % 100 = 11..19; one: n % 10 = 1 and n % 100 != 11
        ["lv"] = (n => n % 10 == 0 || n % 100 is >= 11 and <= 19 ? PluralCategory.Zero
                : n % 10 == 1 && n % 100 != 11 ? PluralCategory.One
                : PluralCategory.Other,
            [PluralCategory.Zero, PluralCategory.One, PluralCategory.Other]),

        // one: i % 10 = 1 and i % 100 != 11; few: i % 10 = 2..4 and i % 100 != 12..14; many: the other whole numbers
        ["ru"] = (n => n % 10 == 1 && n % 100 != 11 ? PluralCategory.One
                : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? PluralCategory.Few
                : PluralCategory.Many,
            [PluralCategory.One, PluralCategory.Few, PluralCategory.Many]),

        // one: i = 1; few: i % 10 = 2..4 and i % 100 != 12..14; many: the other whole numbers
        ["pl"] = (n => n == 1 ? PluralCategory.One
                : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? PluralCategory.Few
                : PluralCategory.Many,
            [PluralCategory.One, PluralCategory.Few, PluralCategory.Many]),

        // one: n % 10 = 1 and n % 100 != 11..19; few: n % 10 = 2..9 and n % 100 != 11..19; many is for fractions
        ["lt"] = (n => n % 100 is >= 11 and <= 19 ? PluralCategory.Other
                : n % 10 == 1 ? PluralCategory.One
                : n % 10 >= 2 ? PluralCategory.Few
                : PluralCategory.Other,
            [PluralCategory.One, PluralCategory.Few, PluralCategory.Other]),
    };

    // CLDR's ordinal rules: only English writes ordinals with their own endings ("2nd"); the others write "2." or "2-й".
    private static readonly Dictionary<string, Func<long, PluralCategory>> Ordinals = new()
    {
        // one: n % 10 = 1 and n % 100 != 11; two: n % 10 = 2 and n % 100 != 12; few: n % 10 = 3 and n % 100 != 13
        ["en"] = n => (n % 10, n % 100) switch
        {
            (1, not 11) => PluralCategory.One,
            (2, not 12) => PluralCategory.Two,
            (3, not 13) => PluralCategory.Few,
            _ => PluralCategory.Other,
        },
    };

    public static IEnumerable<string> Known => Table.Keys;

    public static bool Has(string rule) => Table.ContainsKey(rule);

    public static PluralCategory Of(string rule, long count) => Table[rule].Rule(Math.Abs(count));

    /// <summary>The categories whole numbers fall into: the forms a translator writes for each plural text.</summary>
    public static IReadOnlyList<PluralCategory> CategoriesOf(string rule) => Table[rule].Categories;

    /// <summary>An ordinal's category ("2nd" is Two in English; every number is Other in Latvian).</summary>
    public static PluralCategory OrdinalOf(string rule, long number) =>
        Ordinals.TryGetValue(rule, out var ordinal) ? ordinal(Math.Abs(number)) : PluralCategory.Other;

    /// <summary>The ordinal forms a translator writes: <c>key_ordinal_one</c>… in English, <c>key_ordinal_other</c> elsewhere.</summary>
    public static IReadOnlyList<PluralCategory> OrdinalCategoriesOf(string rule) =>
        rule == "en" ? [PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Other] : [PluralCategory.Other];

    /// <summary>The key suffix for a category, as i18next JSON v4 writes it: "one", "few".</summary>
    public static string Suffix(this PluralCategory category) => category switch
    {
        PluralCategory.Zero => "zero",
        PluralCategory.One => "one",
        PluralCategory.Two => "two",
        PluralCategory.Few => "few",
        PluralCategory.Many => "many",
        _ => "other",
    };
}
