using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>The phrasebook's shape. Every text of every language is rendered and checked by the host's EveryTextTests.</summary>
public sealed class PhrasebookTests
{
    public static TheoryData<string> AllLanguages => new(Languages.All.Select(l => l.Code));

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void TheTextsDiffer_BetweenLanguages(string language)
    {
        var phrases = Phrasebook.For(language);
        foreach (var other in Languages.All.Where(l => l != language))
        {
            Assert.NotEqual(phrases.Welcome, Phrasebook.For(other).Welcome);
            Assert.NotEqual(phrases.UnknownText, Phrasebook.For(other).UnknownText);
        }

        Assert.Equal(language, phrases.Language);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void CommandDescriptions_FitTelegramsCommandMenu(string language)
    {
        var phrases = Phrasebook.For(language);
        foreach (var command in CommandCatalog.All)
        {
            Assert.Matches("^[a-z0-9_]{1,32}$", command.Name);
            Assert.InRange(command.Description(phrases).Length, 3, 256);
        }
    }

    [Fact]
    public void CommandNames_AreUnique() =>
        Assert.Equal(CommandCatalog.All.Count, CommandCatalog.All.Select(c => c.Name).Distinct().Count());

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void EveryFeaturesTexts_AreFoundAndGivenInTheirLanguage(string language)
    {
        var sets = TextSets.In(language);

        Assert.Contains(sets, set => set is Stats.StatsTexts);
        Assert.All(sets.OfType<IFeatureTexts>(), set => Assert.Equal(language, set.Language));
    }
}
