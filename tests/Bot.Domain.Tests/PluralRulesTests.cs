using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>
/// The plural rules against CLDR's own examples (plurals.xml, CLDR 46: the "@integer" samples of each
/// category; "…" and decimals left out, as counts here are whole numbers).
/// </summary>
public sealed class PluralRulesTests
{
    public static TheoryData<string, string, string> CldrExamples => new()
    {
        { "en", "one", "1" },
        { "en", "other", "0, 2~16, 100, 1000, 10000, 100000, 1000000" },
        { "lv", "zero", "0, 10~20, 30, 40, 50, 60, 100, 1000, 10000, 100000, 1000000" },
        { "lv", "one", "1, 21, 31, 41, 51, 61, 71, 81, 101, 1001" },
        { "lv", "other", "2~9, 22~29, 102, 1002" },
        { "ru", "one", "1, 21, 31, 41, 51, 61, 71, 81, 101, 1001" },
        { "ru", "few", "2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002" },
        { "ru", "many", "0, 5~19, 100, 1000, 10000, 100000, 1000000" },
        { "pl", "one", "1" },
        { "pl", "few", "2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002" },
        { "pl", "many", "0, 5~19, 100, 1000, 10000, 100000, 1000000" },
        { "lt", "one", "1, 21, 31, 41, 51, 61, 71, 81, 101, 1001" },
        { "lt", "few", "2~9, 22~29, 102, 1002" },
        { "lt", "other", "0, 10~20, 30, 40, 50, 60, 100, 1000, 10000, 100000, 1000000" },
    };

    [Theory]
    [MemberData(nameof(CldrExamples))]
    public void EachOfCldrsExamples_FallsInItsCategory(string rule, string category, string examples)
    {
        foreach (var n in Expand(examples))
        {
            Assert.True(PluralRules.Of(rule, n).Suffix() == category, $"{rule}: {n} should be {category}, is {PluralRules.Of(rule, n).Suffix()}");
        }

        Assert.Contains(PluralRules.CategoriesOf(rule), c => c.Suffix() == category);
    }

    [Theory]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "few")]
    [InlineData(4, "other")]
    [InlineData(11, "other")]
    [InlineData(12, "other")]
    [InlineData(13, "other")]
    [InlineData(21, "one")]
    [InlineData(22, "two")]
    [InlineData(23, "few")]
    [InlineData(101, "one")]
    [InlineData(111, "other")]
    public void EnglishOrdinals_FollowCldr(int n, string category) => Assert.Equal(category, PluralRules.OrdinalOf("en", n).Suffix());

    [Theory]
    [InlineData("lv")]
    [InlineData("ru")]
    [InlineData("pl")]
    [InlineData("lt")]
    public void OtherLanguagesOrdinals_HaveOneForm(string rule) =>
        Assert.Equal([PluralCategory.Other], PluralRules.OrdinalCategoriesOf(rule));

    private static IEnumerable<long> Expand(string examples) =>
        examples.Split(", ").SelectMany(part => part.Split('~') is [var from, var to]
            ? Enumerable.Range(int.Parse(from, System.Globalization.CultureInfo.InvariantCulture), int.Parse(to, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(from, System.Globalization.CultureInfo.InvariantCulture) + 1).Select(i => (long)i)
            : [long.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]);
}
