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

    /// <summary>
    /// Latvian (CLDR): "zero" for counts ending in 0 or in 11–19 (0, 10, 11, 19, 20, 100, 111: "ideju"),
    /// "one" for counts ending in 1 but not 11 (1, 21, 101: "ideja"), "other" for the rest (2, 5, 22: "idejas").
    /// </summary>
    public static string Lv(int count, string zero, string one, string other) => $"{count} {LvForm(count, zero, one, other)}";

    public static string LvForm(int count, string zero, string one, string other)
    {
        var (lastTwo, last) = (Math.Abs(count) % 100, Math.Abs(count) % 10);
        return last == 0 || lastTwo is >= 11 and <= 19 ? zero
            : last == 1 ? one
            : other;
    }

    /// <summary>Russian (CLDR): 1, 21 идея; 2–4, 22–24 идеи; 0, 5–20, 25 идей.</summary>
    public static string Ru(int count, string one, string few, string many) => $"{count} {RuForm(count, one, few, many)}";

    public static string RuForm(int count, string one, string few, string many)
    {
        var (lastTwo, last) = (Math.Abs(count) % 100, Math.Abs(count) % 10);
        return last == 1 && lastTwo != 11 ? one
            : last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? few
            : many;
    }
}
