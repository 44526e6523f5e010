using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

public sealed class HelpTests
{
    private readonly ChatHarness chat = new();

    [Theory]
    [InlineData("lv")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task Help_ListsEveryCommandOfTheResident_WithItsDescription_InTheirLanguage(string language)
    {
        await chat.Onboard(language);

        var reply = Assert.Single(await chat.Say("/help"));

        var phrases = Phrasebook.For(language);
        Assert.StartsWith(phrases.HelpIntro, reply.Text, StringComparison.Ordinal);
        foreach (var command in CommandCatalog.AvailableTo(coordinator: false))
        {
            Assert.Contains($"/{command.Name} — {command.Description(phrases)}", reply.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(phrases.HelpCoordinatorsHeader, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_BeforeConsent_Answers_WithoutTheMenu()
    {
        await chat.Say("/start");

        var reply = Assert.Single(await chat.Say("/help"));

        Assert.StartsWith(Phrasebook.For(Language.En).HelpIntro, reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.Buttons);
    }
}
