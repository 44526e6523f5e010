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

    /// <summary>The apps people write on, each of whose readers gets the notice in their app's version.</summary>
    private static IEnumerable<ChannelKind> Readers => ChannelTraits.All.Where(t => t.HasPeople).Select(t => t.Kind);

    /// <summary>The notice's texts that differ by the reader's app, each with a version per app (texts/privacy).</summary>
    private static readonly string[] PartsByApp = ["Account", "Phone", "Recipients"];

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
        var plain = Markup.ToPlainText(Phrasebook.For(language).PrivacySummary(Facts(language), ChannelKind.Messenger));

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
        var notice = Phrasebook.For(language).PrivacyFull(Facts(language), ChannelKind.Telegram);
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

        Assert.True(notice.Length < 4096, $"the whole notice is one Telegram message ({notice.Length})");
    }

    /// <summary>
    /// Every language the bot has, Polish included, for a reader on every app people write on: the whole notice is one
    /// message (Telegram, Messenger after splitting aside, and WhatsApp each take 4,096 characters).
    /// </summary>
    [Fact]
    public void TheWholeNotice_FitsOneMessage_InEveryLanguage_OnEveryApp() =>
        Assert.All(Languages.All, language => Assert.All(Readers, reader =>
        {
            var notice = Phrasebook.For(language).PrivacyFull(Facts(language), reader);
            Assert.True(notice.Length < 4096, $"{language} on {reader}: {notice.Length}");
        }));

    [Theory]
    [InlineData("en", "Never your phone number, contacts or whereabouts: a location only if you send one for an idea.")]
    [InlineData("lv", "Nekad – tavu tālruņa numuru, kontaktus vai atrašanās vietu, ja vien to neatsūti idejai.")]
    [InlineData("ru", "Никогда — номер телефона и контакты; геопозиция — только если ты пришлёшь её для идеи.")]
    [InlineData("pl", "Nigdy numeru telefonu ani kontaktów; lokalizację – tylko wysłaną dla pomysłu.")]
    public void OnTelegramAndMessenger_TheNotice_SaysThePhoneNumberIsNeverKept(string language, string never) =>
        Assert.All([ChannelKind.Telegram, ChannelKind.Messenger, ChannelKind.Console], reader =>
        {
            var notice = Phrasebook.For(language).PrivacyFull(Facts(language), reader);

            Assert.Contains(never, notice, StringComparison.Ordinal);
            Assert.Contains("Telegram", notice, StringComparison.Ordinal);
            Assert.Contains("Meta (Messenger)", notice, StringComparison.Ordinal);
            Assert.Contains("Meta Business Suite", notice, StringComparison.Ordinal);
            Assert.DoesNotContain("WhatsApp", notice, StringComparison.Ordinal);
            Assert.DoesNotContain("WhatsApp", Phrasebook.For(language).PrivacySummary(Facts(language), reader), StringComparison.Ordinal);
        });

    [Theory]
    [InlineData("en",
        "Your phone number is kept as your WhatsApp account and chat id; coordinators and other users don’t see it.",
        "Never your contacts or whereabouts: a location only if you send one for an idea.",
        "WhatsApp Ireland (Meta) carries the messages for us, as our processor.",
        "Meta transfers data to the US under the EU–US Data Privacy Framework (the European Commission’s adequacy decision).")]
    [InlineData("lv",
        "Tavu tālruņa numuru glabājam kā tava WhatsApp konta un čata identifikatoru; koordinatori un citi lietotāji to neredz.",
        "Nekad – tavus kontaktus vai atrašanās vietu, ja vien to neatsūti idejai.",
        "Ziņas mūsu vārdā piegādā WhatsApp Ireland (Meta) kā mūsu apstrādātājs.",
        "Meta datus uz ASV nodod saskaņā ar ES–ASV datu privātuma regulējumu (Komisijas lēmums par pietiekamu aizsardzības līmeni).")]
    [InlineData("ru",
        "Номер телефона хранится как идентификатор твоего аккаунта и чата в WhatsApp; координаторы и другие пользователи его не видят.",
        "Контакты — никогда; геопозиция — только если ты пришлёшь её для идеи.",
        "Сообщения по нашему поручению доставляет WhatsApp Ireland (Meta) как наш обработчик.",
        "Meta передаёт данные в США на основании Рамочной программы ЕС–США о конфиденциальности данных (решение Еврокомиссии об адекватности).")]
    [InlineData("pl",
        "Numer telefonu przechowujemy jako ID Twojego konta i czatu WhatsApp; nie widzą go koordynatorzy ani inni użytkownicy.",
        "Kontaktów nie przechowujemy; lokalizację – tylko wysłaną dla pomysłu.",
        "Wiadomości w naszym imieniu dostarcza WhatsApp Ireland (Meta), nasz podmiot przetwarzający.",
        "Meta przekazuje dane do USA na podstawie Ram ochrony danych UE–USA (decyzja Komisji Europejskiej o adekwatności).")]
    public void OnWhatsApp_TheNotice_SaysThePhoneNumberIsKept_AndMetaCarriesTheMessages(string language, string phone, string never, string controller, string transfers)
    {
        var notice = Phrasebook.For(language).PrivacyFull(Facts(language), ChannelKind.WhatsApp);

        Assert.Contains(phone, notice, StringComparison.Ordinal);
        Assert.Contains(never, notice, StringComparison.Ordinal);
        Assert.Contains(controller, notice, StringComparison.Ordinal);
        Assert.Contains(transfers, notice, StringComparison.Ordinal);
        // Only the reader's app: not Telegram's terms, nor the Facebook Page's admins reading Messenger chats.
        Assert.DoesNotContain("Telegram", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Messenger", notice, StringComparison.Ordinal);
        Assert.True(notice.Length < 4096, $"the whole notice is one WhatsApp message ({notice.Length})");
    }

    /// <summary>The notice for a WhatsApp reader is the same notice, but for the sentences that differ by app.</summary>
    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void OnWhatsApp_OnlyTheSentencesThatDifferByApp_Differ(string language)
    {
        var texts = TextCatalog.Current.File(new Language(language), "privacy");
        string Without(string text, string version) =>
            PartsByApp.Aggregate(text, (rest, part) => rest.Replace(texts[$"{part}.{version}"], $"<{part}>", StringComparison.Ordinal));

        foreach (var notice in new Func<PrivacyFacts, ChannelKind, string>[] { Phrasebook.For(language).PrivacyFull, Phrasebook.For(language).PrivacySummary })
        {
            var onWhatsApp = notice(Facts(language), ChannelKind.WhatsApp);
            var onTelegram = notice(Facts(language), ChannelKind.Telegram);

            Assert.NotEqual(onTelegram, onWhatsApp);
            Assert.Equal(Without(onTelegram, "Default"), Without(onWhatsApp, "WhatsApp"));
        }
    }

    [Theory]
    [InlineData("en", "With your consent it keeps your phone number and WhatsApp name, your language, settings and what you send.")]
    [InlineData("lv", "Ar tavu piekrišanu tas glabā tavu tālruņa numuru un WhatsApp vārdu, valodu, iestatījumus un to, ko šeit atsūti.")]
    [InlineData("ru", "С согласия бот хранит твой номер телефона и имя в WhatsApp, язык, настройки и присланное тобой.")]
    [InlineData("pl", "Za Twoją zgodą przechowuje numer telefonu i imię z WhatsAppa, język, ustawienia i to, co tu wysyłasz.")]
    public void OnWhatsApp_TheFirstNotice_SaysThePhoneNumberIsKept_AndFitsAMessageWithReplyButtons(string language, string kept)
    {
        var summary = Phrasebook.For(language).PrivacySummary(Facts(language), ChannelKind.WhatsApp);

        Assert.Contains(kept, summary, StringComparison.Ordinal);
        // WhatsApp's interactive message with reply buttons takes a body of 1,024 characters.
        Assert.InRange(summary.Length, 300, 1024);
        Assert.Contains("/privacy", summary, StringComparison.Ordinal);
        Assert.Contains("/forgetme", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnWhatsApp_TheFirstNotice_AndReadMore_TellThePersonTheirNumberIsKept()
    {
        var whatsApp = new ChatHarness { Channel = ChannelKind.WhatsApp };
        await whatsApp.Say("/start", "37120000000");

        var notice = (await whatsApp.Press(LanguageButtons.PayloadFor(Language.Ru), "37120000000"))[^1];
        var full = Assert.Single(await whatsApp.Press("/privacy", "37120000000"));

        Assert.Contains("твой номер телефона и имя в WhatsApp", notice.Text, StringComparison.Ordinal);
        Assert.Equal([ConsentButtons.AcceptPayload, ConsentButtons.DeclinePayload, "/privacy"], notice.Payloads());
        Assert.Contains("Номер телефона хранится как идентификатор твоего аккаунта и чата в WhatsApp", full.Text, StringComparison.Ordinal);
        Assert.Contains("WhatsApp Ireland (Meta)", full.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Никогда — номер телефона", full.Text, StringComparison.Ordinal);
        Assert.Equal([ConsentButtons.AcceptPayload, ConsentButtons.DeclinePayload], full.Payloads());
    }

    [Theory]
    [InlineData("lv", "ne ilgāk par 14 dienām", "no 16 gadu vecuma")]
    [InlineData("ru", "не дольше 14 дней", "не меньше 16 лет")]
    [InlineData("en", "14 days", "aged 16 or older")]
    public void RetentionAndTheMinimumAge_ComeFromTheSettings(string language, string retention, string age)
    {
        var facts = Facts(language) with { RetentionDays = 14, MinimumAge = 16 };

        var notice = Phrasebook.For(language).PrivacyFull(facts, ChannelKind.Telegram);

        Assert.Contains(retention, notice, StringComparison.Ordinal);
        Assert.Contains(age, notice, StringComparison.Ordinal);
        Assert.DoesNotContain("30", notice, StringComparison.Ordinal);
        Assert.Contains("16", Phrasebook.For(language).PrivacySummary(facts, ChannelKind.Telegram), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lv", "tava piekrišana (VDAR 6. panta 1. punkta a) apakšpunkts)", "pašvaldības uzdevuma izpilde (VDAR 6. panta 1. punkta e) apakšpunkts)", "Tu vari iebilst pret šo apstrādi: raksti datu aizsardzības speciālistam", "iebilst pret apstrādi pašvaldības uzdevuma izpildei: raksti uz ")]
    [InlineData("ru", "твоё согласие (статья 6(1)(a) GDPR)", "выполнение задачи самоуправления (статья 6(1)(e) GDPR)", "Ты можешь возразить против такой обработки: пиши специалисту по защите данных", "возражение против обработки для задачи самоуправления: пиши на ")]
    [InlineData("en", "your consent (GDPR Article 6(1)(a))", "the municipality’s public task (GDPR Article 6(1)(e))", "You may object to this processing: write to the data protection officer", "objection to the processing for the public task: write to ")]
    public void TheFullNotice_NamesBothBases_AndWhereToObject(string language, string consent, string publicTask, string objection, string objectionRight)
    {
        var notice = Phrasebook.For(language).PrivacyFull(Facts(language), ChannelKind.Telegram);
        var email = Markup.Escape(RepositorySettings.Privacy.DpoEmail);

        Assert.Contains(consent, notice, StringComparison.Ordinal);
        Assert.Contains(publicTask, notice, StringComparison.Ordinal);
        Assert.Contains(objection, notice, StringComparison.Ordinal);
        Assert.Contains(objectionRight + email, notice, StringComparison.Ordinal);
        // The officer's e-mail: beside the officer, and under rectification, restriction and objection.
        Assert.True(notice.Split(email).Length - 1 >= 3, "the DPO's e-mail where the rights are used");
    }

    [Theory]
    [InlineData("lv", "Serverus uztur mūsu apstrādātājs: ", "Meta Business Suite", "Meta datus uz ASV nodod saskaņā ar ES–ASV datu privātuma regulējumu (Komisijas lēmums par pietiekamu aizsardzības līmeni); Telegram – saskaņā ar saviem noteikumiem.")]
    [InlineData("ru", "Серверы обслуживает наш обработчик: ", "Meta Business Suite", "Meta передаёт данные в США на основании Рамочной программы ЕС–США о конфиденциальности данных (решение Еврокомиссии об адекватности); Telegram — по своим правилам.")]
    [InlineData("en", "The servers are run by our processor, ", "Meta Business Suite", "Meta transfers data to the US under the EU–US Data Privacy Framework (the European Commission’s adequacy decision); Telegram, under its own terms.")]
    public void TheFullNotice_NamesTheRecipients_AndTheTransfers(string language, string processor, string pageAdmins, string transfers)
    {
        var notice = Phrasebook.For(language).PrivacyFull(Facts(language), ChannelKind.Telegram);

        Assert.Contains(processor + Markup.Escape(RepositorySettings.Privacy.Processor), notice, StringComparison.Ordinal);
        Assert.Contains(pageAdmins, notice, StringComparison.Ordinal);
        Assert.Contains(transfers, notice, StringComparison.Ordinal);
        Assert.DoesNotContain("outside the EU", notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lv", 24, "Ja 24 mēnešus neraksti, bots tev to pasaka un mēnesi vēlāk dzēš tavu kontu kā ar /forgetme")]
    [InlineData("lv", 21, "Ja 21 mēnesi neraksti")]
    [InlineData("ru", 24, "Если ты не пишешь 24 месяца, бот предупредит тебя и через месяц удалит аккаунт, как /forgetme")]
    [InlineData("ru", 21, "Если ты не пишешь 21 месяц,")]
    [InlineData("ru", 12, "Если ты не пишешь 12 месяцев,")]
    [InlineData("en", 24, "After 24 months without a message from you, the bot tells you, and a month later erases your account as /forgetme does")]
    [InlineData("en", 1, "After 1 month without")]
    public void TheInactiveAccountLimit_ComesFromTheSettings(string language, int months, string expected)
    {
        var notice = Phrasebook.For(language).PrivacyFull(Facts(language) with { InactiveMonths = months }, ChannelKind.Telegram);

        Assert.Contains(expected, notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lv",
        "kad pirmo un pēdējo reizi rakstīji", "vai ziņas tevi sasniedz", "apkaimi", "katras tev nosūtītās aptaujas čata un ziņas identifikatoru",
        "tavu nesen sūtīto ziņu skaitu (pārāk biežu ziņu ierobežošanai)", "vadības paneļa pieteikšanās ierakstus", "sīkdatnes", "paziņojumiem augšupielādētos foto",
        "aptauju kopijas (pēc slēgšanas)", "Publicētās idejas (ar foto un vietu) paliek, bet vairs nav saistītas ar tevi")]
    [InlineData("ru",
        "время первого и последнего сообщения", "доходят ли до тебя сообщения", "район", "идентификаторы чата и сообщения каждого присланного тебе опроса",
        "число твоих недавних сообщений (защита от флуда)", "записи о входе в панель", "cookie-файлы", "фото, загруженные для объявлений",
        "копии опросов (после закрытия)", "Опубликованные идеи (с фото и местом) останутся, но без связи с тобой")]
    [InlineData("en",
        "when you first and last wrote", "whether messages reach you", "district", "the chat and message id of each poll sent to you",
        "a count of your recent messages (flood control)", "dashboard sign-in records", "cookies", "photos uploaded for announcements",
        "poll copies (after the poll closes)", "Published ideas stay, with photo and place, without any link to you")]
    public void TheFullNotice_ListsEverythingKept(string language, params string[] kept)
    {
        var notice = Phrasebook.For(language).PrivacyFull(Facts(language), ChannelKind.Telegram);

        // One bullet each: account and settings, ideas, supports and reports, polls, event answers, drafts, technical records, coordinators' records.
        Assert.True(notice.Split('•').Length - 1 >= 11, "the lists of what is kept and of the rights");
        Assert.Contains("Telegram", notice, StringComparison.Ordinal);
        Assert.Contains("Meta", notice, StringComparison.Ordinal);
        Assert.All(kept, item => Assert.Contains(item, notice, StringComparison.Ordinal));
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
