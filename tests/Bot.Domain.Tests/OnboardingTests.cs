using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

public sealed class OnboardingTests
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Start_ForSomeoneNew_ShowsTheLanguagePickerInAllThreeLanguages()
    {
        var replies = await chat.Say("/start");

        var picker = Assert.Single(replies);
        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language", picker.Text);
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], picker.Payloads());
        Assert.Equal(["Latviešu", "Русский", "English"], picker.Buttons.SelectMany(r => r).Select(b => b.Label));
    }

    [Theory]
    [InlineData("lv", "lv")]
    [InlineData("ru-RU", "ru")]
    [InlineData("en-GB", "en")]
    [InlineData("de", "en")]
    [InlineData(null, "lv")]
    public async Task Start_StoresOnlyTheMemberRow_WithTheLanguageGuessedFromThePlatform(string? languageCode, string expected)
    {
        await chat.Say("/start", languageCode: languageCode);

        var member = Assert.Single(chat.StoredMembers);
        Assert.Equal(expected, member.Language);
        Assert.False(member.LanguageConfirmed);
        Assert.Equal(ConsentStatus.Pending, member.Consent);
        Assert.Equal(Subscriptions.None, member.Subscriptions);
        Assert.Empty(chat.StoredConversations);
    }

    [Fact]
    public async Task FirstAnswers_BeforeTheLanguageIsChosen_AreInTheGuessedLanguage()
    {
        var replies = await chat.SendUnsupported(languageCode: "ru");

        Assert.Equal(Phrasebook.For(Language.Ru).Unsupported, replies[0].Text);
        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language", replies[1].Text);
    }

    [Theory]
    [InlineData("lv", "Valoda: latviešu ✓", "Pirms sākam", "Pilsētas pašvaldība")]
    [InlineData("ru", "Язык: русский ✓", "Прежде чем начать", "Городское самоуправление")]
    [InlineData("en", "Language: English ✓", "Before we start", "The City &lt;Council&gt; &amp; Co")]
    public async Task ChoosingALanguage_ReplacesThePicker_AndShowsThePrivacyNoticeInIt(
        string language, string confirmation, string noticeStart, string organisation)
    {
        await chat.Say("/start");

        var replies = await chat.Press(LanguageButtons.PayloadFor(language));

        Assert.Equal(confirmation, replies[0].Text);
        Assert.Equal("77", replies[0].ReplacesMessageId);
        Assert.Empty(replies[0].Buttons);
        Assert.Contains(noticeStart, replies[1].Text, StringComparison.Ordinal);
        Assert.Contains(organisation, replies[1].Text, StringComparison.Ordinal);
        Assert.Equal([ConsentButtons.AcceptPayload, ConsentButtons.DeclinePayload, "/privacy"], replies[1].Payloads());
        Assert.Equal(language, chat.Member().Language);
        Assert.True(chat.Member().LanguageConfirmed);
    }

    [Fact]
    public async Task Accept_GivesConsent_SubscribesToBoth_RetiresTheNoticeButtons_AndShowsTheMenu()
    {
        await chat.Say("/start");
        await chat.Press("lang:en");

        var replies = await chat.Press(ConsentButtons.AcceptPayload, sourceMessageId: "80");

        var member = chat.Member();
        Assert.Equal(ConsentStatus.Given, member.Consent);
        Assert.Equal(chat.Clock.GetUtcNow(), member.ConsentChangedAt);
        Assert.Equal(Subscriptions.All, member.Subscriptions);
        Assert.True(replies[0].ButtonsOnly);
        Assert.Equal("80", replies[0].ReplacesMessageId);
        Assert.Empty(replies[0].Buttons);
        Assert.Equal(Phrasebook.For(Language.En).Welcome, replies[1].Text);
        Assert.Equal(["/idea", "/ideas", "/myideas", "/results", "/events", "/digest", "/settings", "/language", "/help"], replies[1].Payloads());
    }

    [Fact]
    public async Task Decline_IsRespected_NothingIsSubscribed_AndTheWayBackIsOffered()
    {
        await chat.Say("/start");
        await chat.Press("lang:lv");

        var replies = await chat.Press(ConsentButtons.DeclinePayload);

        var member = chat.Member();
        Assert.Equal(ConsentStatus.Declined, member.Consent);
        Assert.Equal(Subscriptions.None, member.Subscriptions);
        Assert.True(replies[0].ButtonsOnly);
        Assert.Equal(Phrasebook.For(Language.Lv).DeclinedInfo(30), replies[1].Text);
        Assert.Equal(["/start"], replies[1].Payloads());

        var later = await chat.Say("/settings");
        Assert.Equal(Phrasebook.For(Language.Lv).DeclinedInfo(30), Assert.Single(later).Text);
        Assert.Equal(Subscriptions.None, chat.Member().Subscriptions);
    }

    [Fact]
    public async Task Start_AfterDeclining_ShowsTheNoticeAgain_AndAcceptingThenWorks()
    {
        await chat.Say("/start");
        await chat.Press("lang:en");
        await chat.Press(ConsentButtons.DeclinePayload);

        var notice = Assert.Single(await chat.Say("/start"));
        Assert.Equal([ConsentButtons.AcceptPayload, ConsentButtons.DeclinePayload, "/privacy"], notice.Payloads());

        await chat.Press(ConsentButtons.AcceptPayload);
        Assert.Equal(ConsentStatus.Given, chat.Member().Consent);
    }

    [Fact]
    public async Task TextBeforeConsent_AsksForTheCurrentStepAgain()
    {
        var atLanguage = await chat.Say("hello");
        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language", Assert.Single(atLanguage).Text);

        await chat.Press("lang:en");
        var atConsent = await chat.Say("hello again");
        Assert.Equal([ConsentButtons.AcceptPayload, ConsentButtons.DeclinePayload, "/privacy"], Assert.Single(atConsent).Payloads());
    }

    [Fact]
    public async Task ACommandThatNeedsConsent_BeforeConsent_PromptsTheStep_AndChangesNothing()
    {
        await chat.Say("/start");
        await chat.Press("lang:en");

        var replies = await chat.Say("/settings");

        Assert.Equal([ConsentButtons.AcceptPayload, ConsentButtons.DeclinePayload, "/privacy"], Assert.Single(replies).Payloads());
        Assert.Equal(Subscriptions.None, chat.Member().Subscriptions);
    }

    [Fact]
    public async Task ASettingsButtonBeforeConsent_ChangesNothing()
    {
        await chat.Say("/start");
        await chat.Press("lang:en");

        await chat.Press("set:ann");

        Assert.Equal(Subscriptions.None, chat.Member().Subscriptions);
    }

    [Fact]
    public async Task AnOldDeclineButton_AfterConsent_DoesNotWithdrawIt()
    {
        await chat.Onboard(Language.En);

        var replies = await chat.Press(ConsentButtons.DeclinePayload);

        Assert.Equal(ConsentStatus.Given, chat.Member().Consent);
        Assert.Equal(Subscriptions.All, chat.Member().Subscriptions);
        Assert.Equal(Phrasebook.For(Language.En).AlreadyAccepted, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Start_AfterOnboarding_WelcomesBackWithTheMenu()
    {
        await chat.Onboard(Language.Ru);

        var reply = Assert.Single(await chat.Say("/start"));

        Assert.Equal(Phrasebook.For(Language.Ru).WelcomeBack, reply.Text);
        Assert.NotEmpty(reply.Buttons);
    }

    [Fact]
    public async Task LanguageCommand_ChangesTheLanguage_AndTheNextAnswersUseIt()
    {
        await chat.Onboard(Language.En);

        var picker = Assert.Single(await chat.Say("/language"));
        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language", picker.Text);
        var replies = await chat.Press("lang:ru");

        Assert.Equal("Язык: русский ✓", replies[0].Text);
        Assert.Equal(Phrasebook.For(Language.Ru).MenuPrompt, replies[1].Text);
        Assert.Equal(Language.Ru, chat.Member().Language);
        Assert.Equal(Phrasebook.For(Language.Ru).HelpIntro, (await chat.Say("/help"))[0].Text.Split('\n')[0]);
    }

    [Fact]
    public async Task LanguageCommand_WithALanguageCode_SetsItDirectly()
    {
        await chat.Onboard(Language.En);

        await chat.Say("/language lv");

        Assert.Equal(Language.Lv, chat.Member().Language);
    }

    [Fact]
    public async Task AnUnknownLanguageButton_ShowsThePickerAgain_AndKeepsTheLanguage()
    {
        await chat.Say("/start", languageCode: "ru");

        var replies = await chat.Press("lang:de");

        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language", Assert.Single(replies).Text);
        Assert.Equal(Language.Ru, chat.Member().Language);
        Assert.False(chat.Member().LanguageConfirmed);
    }
}
