using System.ComponentModel.DataAnnotations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>The notice states what GDPR Article 13 asks for, from the settings, in every language.</summary>
public sealed class PrivacyNoticeTests
{
    private readonly ChatHarness chat = new();

    public static TheoryData<string> AllLanguages => new(Languages.All.Select(l => l.Code));

    /// <summary>The notice with the repository's own settings, as a city starts with them.</summary>
    private static PrivacyFacts Facts(Language language)
    {
        var (bot, privacy) = (RepositorySettings.Bot, RepositorySettings.Privacy);
        return new PrivacyFacts(
            Markup.Escape(bot.Organisation.For(language)), Markup.Escape(privacy.ControllerContact), Markup.Escape(privacy.DpoContact), Markup.Escape(privacy.DpoEmail),
            Markup.Escape(privacy.SupervisoryAuthority.For(language)), Markup.Escape(privacy.Processor), privacy.MinimumAge, privacy.RetentionDays, privacy.InactiveMonths);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void TheFirstNotice_FitsAMessengerTemplateWithButtons(string language)
    {
        var plain = Markup.ToPlainText(Phrasebook.For(language).PrivacySummary(Facts(language)));

        Assert.InRange(plain.Length, 300, 640);
        Assert.Contains(RepositorySettings.Bot.Organisation.For(language), plain, StringComparison.Ordinal);
        Assert.Contains("13", plain, StringComparison.Ordinal);
        Assert.Contains("/privacy", plain, StringComparison.Ordinal);
        Assert.Contains("/forgetme", plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lv", "Pārzinis", "Datu aizsardzības speciālists", "Tiesiskais pamats", "piekrišana", "Datu valsts inspekcija, www.dvi.gov.lv")]
    [InlineData("ru", "Контролёр данных", "Специалист по защите данных", "Правовое основание", "согласие", "(Datu valsts inspekcija), www.dvi.gov.lv")]
    [InlineData("en", "The controller is", "Data protection officer", "Legal basis", "consent", "(Datu valsts inspekcija), www.dvi.gov.lv")]
    public void TheFullNotice_NamesTheController_TheOfficer_TheBasis_AndTheAuthority(
        string language, string controller, string officer, string basis, string consent, string authority)
    {
        var notice = Phrasebook.For(language).PrivacyFull(Facts(language));
        var privacy = RepositorySettings.Privacy;

        Assert.Contains($"{controller}", notice, StringComparison.Ordinal);
        Assert.Contains(Markup.Escape(RepositorySettings.Bot.Organisation.For(language)), notice, StringComparison.Ordinal);
        Assert.Contains(Markup.Escape(privacy.ControllerContact), notice, StringComparison.Ordinal);
        Assert.Contains($"{officer}: {Markup.Escape(privacy.DpoContact)}", notice, StringComparison.Ordinal);
        Assert.Contains(basis, notice, StringComparison.Ordinal);
        Assert.Contains(consent, notice, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(authority, notice, StringComparison.Ordinal);
        foreach (var command in new[] { "/mydata", "/forgetme", "/settings" })
        {
            Assert.Contains(command, notice, StringComparison.Ordinal);
        }

        Assert.True(notice.Length < 4096, "the whole notice is one Telegram message");
    }

    [Theory]
    [InlineData("lv", "ne ilgāk par 14 dienām", "no 16 gadu vecuma")]
    [InlineData("ru", "не дольше 14 дней", "не меньше 16 лет")]
    [InlineData("en", "14 days", "aged 16 or older")]
    public void RetentionAndTheMinimumAge_ComeFromTheSettings(string language, string retention, string age)
    {
        var facts = Facts(language) with { RetentionDays = 14, MinimumAge = 16 };

        var notice = Phrasebook.For(language).PrivacyFull(facts);

        Assert.Contains(retention, notice, StringComparison.Ordinal);
        Assert.Contains(age, notice, StringComparison.Ordinal);
        Assert.DoesNotContain("30", notice, StringComparison.Ordinal);
        Assert.Contains("16", Phrasebook.For(language).PrivacySummary(facts), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void TheFullNotice_ListsEverythingKept(string language)
    {
        var notice = Phrasebook.For(language).PrivacyFull(Facts(language));

        // One bullet each: account and settings, ideas, supports and reports, event answers and waiting list, drafts, technical records.
        Assert.True(notice.Split('•').Length - 1 >= 11, "the lists of what is kept and of the rights");
        Assert.Contains("Telegram", notice, StringComparison.Ordinal);
        Assert.Contains("Meta", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFirstNotice_HasAcceptDecline_AndReadMore()
    {
        await chat.Say("/start");

        var notice = (await chat.Press(LanguageButtons.PayloadFor(Language.En)))[^1];

        Assert.StartsWith("🔒 <b>Before we start: your privacy</b>", notice.Text, StringComparison.Ordinal);
        Assert.Equal([ConsentButtons.AcceptPayload, ConsentButtons.DeclinePayload, "/privacy"], notice.Payloads());
        Assert.Equal("📄 Read more", notice.Buttons[^1][0].Label);
    }

    [Fact]
    public async Task ReadMore_BeforeConsent_ShowsTheWholeNotice_WithAcceptAndDecline()
    {
        await chat.Say("/start");
        await chat.Press(LanguageButtons.PayloadFor(Language.Ru));

        var notice = Assert.Single(await chat.Press("/privacy"));

        Assert.StartsWith("🔒 <b>Уведомление о защите данных</b>", notice.Text, StringComparison.Ordinal);
        Assert.Contains("das@example.lv", notice.Text, StringComparison.Ordinal);
        Assert.Equal([ConsentButtons.AcceptPayload, ConsentButtons.DeclinePayload], notice.Payloads());
        Assert.Equal(ConsentStatus.Pending, chat.Member().Consent);
    }

    [Fact]
    public async Task Privacy_AfterConsent_IsTheNoticeAlone()
    {
        await chat.Onboard(Language.Lv);

        var notice = Assert.Single(await chat.Say("/privacy"));

        Assert.StartsWith("🔒 <b>Privātuma paziņojums</b>", notice.Text, StringComparison.Ordinal);
        Assert.Empty(notice.Buttons);
    }

    [Fact]
    public async Task Privacy_BeforeAnyLanguage_ShowsTheNotice_ThenAsksTheLanguage()
    {
        var replies = await chat.Say("/privacy", languageCode: "lv");

        Assert.StartsWith("🔒 <b>Privātuma paziņojums</b>", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language", replies[1].Text);
    }

    [Fact]
    public void MissingContacts_AreNamedByTheirKeys()
    {
        Assert.Equal(
            [
                "Privacy:ControllerContact is missing: the privacy notice gives the controller's address and e-mail or website.",
                "Privacy:DpoContact is missing: the privacy notice gives the data-protection officer's contact.",
                "Privacy:DpoEmail is missing: the privacy notice gives the data-protection officer's e-mail, where people use their rights.",
                "Privacy:Processor is missing: the privacy notice names who runs the bot's servers.",
                .. Languages.All.Select(l => $"Privacy:SupervisoryAuthority:{l.Code} is missing: the privacy notice names where to complain."),
            ],
            Validate(new PrivacyOptions()));
        var complete = RepositorySettings.Privacy;
        complete.MinimumAge = 12;
        Assert.Equal(["Privacy:MinimumAge must be between 13 and 18."], Validate(complete));
    }

    private static IEnumerable<string?> Validate(PrivacyOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage);
    }
}
