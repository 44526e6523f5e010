using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

public sealed partial class PhrasebookTests
{
    public static TheoryData<Language> AllLanguages => new(Languages.All);

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void EveryText_IsPresent_AndOnlyUsesTheSharedMarkup(Language language)
    {
        foreach (var (name, text) in TextSets.In(language).SelectMany(Texts))
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language}: {name} is empty");
            Assert.True(IsWellFormedMarkup(text), $"{language}: {name} has markup Telegram would refuse: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void TheTextsDiffer_BetweenLanguages(Language language)
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
    public void CommandDescriptions_FitTelegramsCommandMenu(Language language)
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
    public void EveryFeaturesTexts_AreFoundAndGivenInTheirLanguage(Language language)
    {
        var sets = TextSets.In(language);

        Assert.Contains(sets, set => set is Stats.StatsTexts);
        Assert.All(sets.OfType<IFeatureTexts>(), set => Assert.Equal(language, set.Language));
    }

    private static IEnumerable<(string Name, string Text)> Texts(object phrases)
    {
        foreach (var property in phrases.GetType().GetProperties())
        {
            var value = property.GetValue(phrases);
            switch (value)
            {
                case string text:
                    yield return ($"{phrases.GetType().Name}.{property.Name}", text);
                    break;
                case Func<string, string> format:
                    var filled = format("ARG");
                    Assert.Contains("ARG", filled, StringComparison.Ordinal);
                    yield return ($"{phrases.GetType().Name}.{property.Name}", filled);
                    break;
            }
        }
    }

    /// <summary>Only &lt;b&gt; and &lt;i&gt;, properly nested, and no bare &amp; &lt; &gt;.</summary>
    private static bool IsWellFormedMarkup(string text)
    {
        var open = new Stack<string>();
        foreach (Match tag in AnyTag().Matches(text))
        {
            var name = tag.Groups[2].Value;
            if (name is not ("b" or "i"))
            {
                return false;
            }

            if (tag.Groups[1].Value == "/")
            {
                if (open.Count == 0 || open.Pop() != name)
                {
                    return false;
                }
            }
            else
            {
                open.Push(name);
            }
        }

        var withoutTags = AnyTag().Replace(text, string.Empty);
        return open.Count == 0 && !withoutTags.Contains('<', StringComparison.Ordinal) && !withoutTags.Contains('>', StringComparison.Ordinal)
            && !BareAmpersand().IsMatch(withoutTags);
    }

    [GeneratedRegex("<(/?)([a-z]+)>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("&(?!amp;|lt;|gt;|quot;)")]
    private static partial Regex BareAmpersand();
}
