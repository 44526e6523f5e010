using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

internal static class Latvian
{
    public static readonly Phrasebook Phrases = new()
    {
        Language = Language.Lv,

        LanguageSet = name => $"Valoda: {name} ✓",
        PrivacyNotice = organisation => $"""
            🔒 <b>Pirms sākam: tavs privātums</b>
            Šo botu uztur {organisation}. Tas vāc jauniešu idejas pilsētai un aicina uz tikšanās reizēm.

            <b>Ko mēs glabājam:</b> tava konta identifikatoru šajā saziņas lietotnē, valodu un iestatījumus; kad piedalies, arī tavas idejas, atbalstus un atbildes. Nekad – tavu tālruņa numuru vai kontaktus.
            <b>Kāpēc:</b> lai tev atbildētu, pastāstītu, kas notiek ar tavām idejām, un sūtītu tevis izvēlētās ziņas.
            <b>Cik ilgi:</b> kamēr lieto botu. Jebkurā brīdī vari lūgt visu dzēst.

            Vai piekrīti?
            """,
        Accept = "✅ Piekrītu",
        Decline = "Nē, paldies",
        Welcome = """
            Paldies un laipni lūdzam! 🎉
            Tu saņemsi paziņojumus un iknedēļas apkopojumu; to jebkurā brīdī vari mainīt sadaļā /settings.
            Sūti /help, lai redzētu visu, ko es protu.
            """,
        WelcomeBack = "Prieks tevi atkal redzēt! 👋",
        DeclinedInfo = "Tu nepiekriti privātuma paziņojumam, tāpēc es par tevi neglabāju neko, izņemot čata identifikatoru un valodu. Ja pārdomāsi, sūti /start.",
        ReadNoticeAgain = "🔒 Lasīt paziņojumu vēlreiz",
        AlreadyAccepted = "Privātuma paziņojums jau ir apstiprināts. 👍",

        MenuPrompt = "Ko vēlies darīt?",
        HelpIntro = "Lūk, ko es protu:",
        HelpCoordinatorsHeader = "Koordinatoriem:",
        CmdStart = "Sākt no jauna: valoda, privātums, izvēlne",
        CmdHelp = "Ko es protu",
        CmdLanguage = "Mainīt valodu",
        CmdSettings = "Izvēlēties, ko saņemt",
        CmdCancel = "Pārtraukt iesākto",
        MenuSettings = "⚙️ Iestatījumi",
        MenuLanguage = "🌐 Valoda",
        MenuHelp = "❓ Palīdzība",

        SettingsTitle = "⚙️ <b>Iestatījumi</b>",
        SettingsHint = "Spied pogu, lai ieslēgtu vai izslēgtu.",
        SettingAnnouncements = "Paziņojumi",
        SettingDigest = "Nedēļas apkopojums",

        Cancelled = "Atcelts.",
        NothingToCancel = "Nav nekā, ko atcelt.",
        UnknownText = "Piedod, es to nesapratu. Izvēlies kādu no izvēlnes pogām vai sūti /help.",
        UnknownCommand = command => $"Es nezinu komandu /{command}. Sūti /help, lai redzētu tās, ko zinu.",
        Unsupported = "Šeit es protu lasīt tikai tekstu un pogas. Sūti /help, lai redzētu, ko es protu.",
        CoordinatorsOnly = "Tas ir pieejams tikai pilsētas koordinatoriem.",
        StaleButton = "Šī poga vairs nav aktīva. Lūk, izvēlne.",
        SomethingWentWrong = "Piedod, man kaut kas nogāja greizi. Lūdzu, pamēģini vēlreiz pēc brīža.",
    };
}
