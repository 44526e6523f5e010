using Humanizer;

namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// A count with its noun in the right form. English goes through Humanizer's inflector ("1 person",
/// "3 people"); Humanizer pluralises English only, so Latvian and Russian follow their CLDR plural rules
/// here, with the forms written out in the phrasebooks.
/// </summary>
public static class Plural
{
    public static string En(int count, string noun) => noun.ToQuantity(count);

    /// <summary>Latvian: a count ending in 1 (but not 11) takes the singular: 1, 21, 101 idea; 0, 2, 11, 12 ideas.</summary>
    public static string Lv(int count, string one, string other) =>
        $"{count} {(count % 10 == 1 && count % 100 != 11 ? one : other)}";

    /// <summary>Russian: 1, 21 идея; 2–4, 22–24 идеи; 0, 5–20, 25 идей.</summary>
    public static string Ru(int count, string one, string few, string many)
    {
        var (lastTwo, last) = (count % 100, count % 10);
        var form = last == 1 && lastTwo != 11 ? one
            : last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? few
            : many;
        return $"{count} {form}";
    }
}
