using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.SimilarIdeas;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>/idea shows the published ideas that look like the one being written, between the description and the theme.</summary>
public sealed class SimilarIdeasTests
{
    private static readonly Phrasebook En = Phrasebook.For(Language.En);
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task ARussianIdea_IsShownToALatvianWritingTheSame_AndCanBeSupportedFromThere()
    {
        await PublishedAsync("Скейтпарк в парке Дубровина", "Нужен нормальный скейтпарк с рампами в парке Дубровина, кататься на скейте и самокате негде.");
        await chat.Onboard(Language.Lv, "50");
        await chat.Say("/idea", "50");
        await chat.Say("Skeitparks Dubrovina parkā", "50");

        var similar = Assert.Single(await chat.Say("Dubrovina parkā vajag skeitparku ar rampām, kur braukt ar skrituļdēli.", "50"));

        var lv = SimilarTexts.For(Language.Lv);
        Assert.StartsWith(lv.Header, similar.Text, StringComparison.Ordinal);
        Assert.Contains("<b>#1 · Скейтпарк в парке Дубровина</b>", similar.Text, StringComparison.Ordinal);
        Assert.Equal(["idea:support:1", "idea:follow:1", "idea:different", "idea:cancel"], similar.Payloads());
        Assert.Equal(nameof(IdeaStep.Similar), chat.StoredConversations.Single(c => c.MemberId == chat.Member("50").Id).Step);

        var supported = await chat.Press("idea:support:1", "50");
        Assert.Equal(1, chat.Ideas.All[0].SupportCount);
        var again = Assert.Single(supported, m => !m.ButtonsOnly);
        Assert.StartsWith(lv.SupportGiven(1), again.Text, StringComparison.Ordinal);
        Assert.Equal(lv.Supported(1), again.Buttons[0][0].Label);
        Assert.Contains(chat.IdeaNews.Follows, f => f.IdeaId == 1 && f.MemberId == chat.Member("50").Id);

        var themes = Assert.Single(await chat.Press("idea:different", "50"), m => !m.ButtonsOnly);
        Assert.Equal(Phrasebook.For(Language.Lv).IdeaAskTheme, themes.Text);
    }

    [Fact]
    public async Task NothingAlike_GoesStraightToTheTheme()
    {
        await PublishedAsync("Скейтпарк в парке Дубровина", "Нужен скейтпарк с рампами.");
        await chat.Onboard(Language.En, "50");
        await chat.Say("/idea", "50");
        await chat.Say("Chess evenings at the library", "50");

        var themes = Assert.Single(await chat.Say("A chess club for teenagers every Thursday.", "50"));

        Assert.Equal(En.IdeaAskTheme, themes.Text);
    }

    [Fact]
    public async Task ATypedAnswerOrAnotherIdeasNumber_IsAskedAgain_AndTheAuthorsOwnIdeasAreNotOffered()
    {
        await PublishedAsync("Скейтпарк в парке Дубровина", "Нужен скейтпарк с рампами в парке Дубровина.");
        await chat.Onboard(Language.En, "50");
        await chat.Say("/idea", "50");
        await chat.Say("Skatepark in Dubrovin park", "50");
        await chat.Say("A skatepark with ramps in Dubrovin park, please.", "50");

        Assert.StartsWith(En.InputUseButtons, Assert.Single(await chat.Press("idea:support:99", "50")).Text, StringComparison.Ordinal);
        Assert.Equal(0, chat.Ideas.All[0].SupportCount);

        // The author writing a second, similar idea is not shown their own.
        await chat.Say("/cancel", "42");
        await chat.Say("/idea", "42");
        await chat.Say("Skatepark in Dubrovin park", "42");
        Assert.Equal(Phrasebook.For(Language.Ru).IdeaAskTheme, Assert.Single(await chat.Say("A skatepark with ramps in Dubrovin park, please.", "42")).Text);
    }

    private async Task PublishedAsync(string title, string description)
    {
        await chat.Onboard(Language.En, "1");
        await chat.Onboard(Language.Ru, "42");
        await chat.Say("/idea", "42");
        await chat.Say(title, "42");
        await chat.Say(description, "42");
        await chat.Press(SubmitIdeaFlow.Payload("theme:parks"), "42");
        await chat.Press(SubmitIdeaFlow.Payload("skip"), "42");
        var preview = await chat.Press(SubmitIdeaFlow.Payload("skip"), "42");
        await chat.Press(preview[^1].Payloads().Single(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)), "42");
        await chat.Press("mod:ok:1", userId: "1");
        Assert.True(chat.Ideas.All[0].IsPublic);
    }
}
