using System.ComponentModel.DataAnnotations;
using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Tests;

public sealed class BotOptionsTests
{
    private static BotOptions Valid() => new()
    {
        Coordinators = ["telegram:1", "console:local"],

        // Daugavpils' three; the language table has more, which a city offers by naming them here.
        Languages = ["lv", "ru", "en"],
        Organisation = new LocalizedText { Lv = "a", Ru = "б", En = "c" },
        LocalTime = new LocalizedText { Lv = "Latvijas laiks", Ru = "по латвийскому времени", En = "Latvian time" },
        Themes = [new Theme { Key = "parks", Lv = "Parki", Ru = "Парки", En = "Parks" }],
    };

    [Fact]
    public void ValidOptions_PassValidation() => Assert.Empty(Validate(Valid()));

    [Fact]
    public void Districts_AreCheckedAsThemesAre_AndAtMostTenFitMessengersButtons()
    {
        var options = Valid();
        options.Districts = [.. Enumerable.Range(1, 11).Select(i => new Theme { Key = $"d{i}", Lv = $"D{i}", Ru = $"Д{i}", En = $"D{i}" })];
        options.Districts[0].Ru = "";

        Assert.Equal(
            ["Bot:Districts has 11 entries: at most 10 fit the buttons Messenger shows.", "Bot:Districts:0:ru is missing: the district 'd1' needs a name in each language."],
            Validate(options));
    }

    [Theory]
    [InlineData("Bot:Coordinators", nameof(BotOptions.Coordinators), "telegram123")]
    [InlineData("Bot:TimeZone", nameof(BotOptions.TimeZone), "Mars/Olympus")]
    [InlineData("Bot:DefaultLanguage", nameof(BotOptions.DefaultLanguage), "de")]
    public void AMalformedSetting_IsNamedByItsKey(string key, string property, string value)
    {
        var options = Valid();
        switch (property)
        {
            case nameof(BotOptions.Coordinators):
                options.Coordinators.Add(value);
                break;
            case nameof(BotOptions.TimeZone):
                options.TimeZone = value;
                break;
            default:
                options.DefaultLanguage = value;
                break;
        }

        var message = Assert.Single(Validate(options));
        Assert.StartsWith(key, message, StringComparison.Ordinal);
        Assert.Contains(value, message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingOrganisationName_IsNamedPerLanguage()
    {
        var options = Valid();
        options.Organisation.Ru = " ";

        Assert.Equal(["Bot:Organisation:ru is missing: the privacy notice names who runs the bot."], Validate(options));
    }

    [Fact]
    public void AMissingNameForTheCitysTime_IsNamedPerLanguage()
    {
        var options = Valid();
        options.LocalTime.En = "";

        Assert.Equal(["Bot:LocalTime:en is missing: the event flow names the city's time, as in \"Latvian time\"."], Validate(options));
    }

    [Fact]
    public void AThemeNameLongerThanAButtonShows_IsRefusedAtStart()
    {
        var options = Valid();
        options.Themes.Add(new Theme { Key = "public-space", Lv = "Publiskā telpa", Ru = "Общественные пространства", En = "Public space" });

        Assert.Equal(["Bot:Themes:1:ru 'Общественные пространства' is 25 characters: theme buttons show at most 20."], Validate(options));
    }

    [Fact]
    public void Themes_AreRequired_WithUsableKeysAndAllThreeNames()
    {
        var options = Valid();
        options.Themes.Add(new Theme { Key = "parks", Lv = "x", Ru = "y", En = "z" });
        options.Themes.Add(new Theme { Key = "Big Theme!", Lv = "x", Ru = "y", En = "z" });
        options.Themes.Add(new Theme { Key = "sport", Lv = "Sports", Ru = "", En = "Sport" });

        Assert.Equal(
            [
                "Bot:Themes:1:Key 'parks' is used twice.",
                "Bot:Themes:2:Key 'Big Theme!' must be 1 to 24 characters of a-z, 0-9 and '-'.",
                "Bot:Themes:3:ru is missing: the theme 'sport' needs a name in each language.",
            ],
            Validate(options));

        options.Themes.Clear();
        Assert.StartsWith("Bot:Themes is empty", Assert.Single(Validate(options)), StringComparison.Ordinal);
    }

    private static List<string> Validate(BotOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }
}
