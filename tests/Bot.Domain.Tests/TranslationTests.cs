using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Translate is offered only with a service set, and only under ideas in another language than the reader's; a press waits for the worker once.</summary>
public sealed class TranslationTests
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task WithoutAService_NoCardOffersTranslate()
    {
        await PublishedInRussianAsync();

        var card = (await chat.Say("/ideas", "50")).Single(m => m.Payloads().Contains("cm:l:1:1"));

        Assert.DoesNotContain(card.Payloads(), p => p.StartsWith("tr:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithAService_ItIsOfferedInAnotherLanguageOnly_AndAPressWaitsOnce()
    {
        chat.Translator.IsOn = true;
        await PublishedInRussianAsync();
        Assert.Contains("tr:i:1", (await chat.Say("/ideas", "50")).Single(m => m.Payloads().Contains("cm:l:1:1")).Payloads());
        Assert.DoesNotContain("tr:i:1", (await chat.Say("/ideas", "42")).Single(m => m.Payloads().Contains("cm:l:1:1")).Payloads());

        Assert.Equal(TranslationTexts.For(Language.Lv).Translating, Assert.Single(await chat.Press("tr:i:1", "50")).Text);
        Assert.Equal(TranslationTexts.For(Language.Lv).StillTranslating, Assert.Single(await chat.Press("tr:i:1", "50")).Text);
        var request = Assert.Single(chat.Translations.Requests);
        Assert.Equal((TranslateButtons.Idea, 1L, Language.Lv), (request.What, request.IdeaId, request.Target));
    }

    [Fact]
    public async Task SomeoneWhoHasNotConsented_IsAskedFirst_AndNoRequestKeepsThem()
    {
        chat.Translator.IsOn = true;
        await PublishedInRussianAsync();
        await chat.Say("/start", "60");
        await chat.Press(Onboarding.LanguageButtons.PayloadFor(Language.Lv), "60");

        var answer = await chat.Press("tr:i:1", "60");

        Assert.Contains(answer, m => m.Payloads().Contains(Onboarding.ConsentButtons.AcceptPayload));
        Assert.Empty(chat.Translations.Requests);
    }

    [Fact]
    public async Task KeptTranslations_AreShownAtOnce_MarkedWithTheService_AndOriginalGoesBack()
    {
        chat.Translator.IsOn = true;
        await PublishedInRussianAsync();
        var idea = chat.Ideas.All[0];
        await chat.Translations.KeepAsync(TranslatedText.Of(new TranslationPiece(TranslationKinds.IdeaTitle, 1, idea.Title, Language.Ru), Language.Lv, "Soliņi", chat.Clock.GetUtcNow()), default);
        await chat.Translations.KeepAsync(TranslatedText.Of(new TranslationPiece(TranslationKinds.IdeaText, 1, idea.Description, Language.Ru), Language.Lv, "Desmit soliņi.", chat.Clock.GetUtcNow()), default);

        var translated = Assert.Single(await chat.Press("tr:i:1", "50"));

        Assert.Equal(TranslationTexts.For(Language.Lv).Marked("LibreTranslate, translate.test") + "\n\n<b>#1 · Soliņi</b>\nDesmit soliņi.", translated.Text);
        Assert.Equal(["tr:io:1"], translated.Payloads());
        Assert.Empty(chat.Translations.Requests);
        var original = Assert.Single(await chat.Press("tr:io:1", "50"));
        Assert.StartsWith("<b>#1 · Скамейки</b>\nДесять скамеек.", original.Text, StringComparison.Ordinal);
        Assert.Equal("77", original.ReplacesMessageId);
        Assert.Equal(["vote:up:1", "follow:on:1:c", "vote:flag:1", "cm:l:1:1", "tr:i:1"], original.Payloads());
    }

    private async Task PublishedInRussianAsync()
    {
        await chat.Onboard(Language.En, "1");
        await chat.Onboard(Language.Ru, "42");
        await chat.Onboard(Language.Lv, "50");
        await chat.Say("/idea", "42");
        await chat.Say("Скамейки", "42");
        await chat.Say("Десять скамеек.", "42");
        await chat.Press(SubmitIdeaFlow.Payload("theme:parks"), "42");
        await chat.Press(SubmitIdeaFlow.Payload("skip"), "42");
        var preview = await chat.Press(SubmitIdeaFlow.Payload("skip"), "42");
        await chat.Press(preview[^1].Payloads().Single(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)), "42");
        await chat.Press("mod:ok:1", userId: "1");
    }
}
