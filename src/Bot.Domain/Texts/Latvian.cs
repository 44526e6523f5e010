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

        CmdIdea = "Iesniegt ideju pilsētai",
        CmdIdeas = "Apstiprinātās idejas; atbalsti labākās",
        CmdMyIdeas = "Manas idejas un to statuss",
        CmdPending = "Idejas, kas gaida izskatīšanu",
        CmdExport = "Visas idejas CSV failā",
        MenuIdea = "💡 Jauna ideja",
        MenuIdeas = "📋 Idejas",
        MenuMyIdeas = "🗂 Manas idejas",
        MenuPending = "🛡 Izskatīšanai",

        IdeaAskTitle = max => $"💡 Pieraksti savu ideju! Vispirms īss nosaukums (ne vairāk kā {max} rakstzīmes):",
        IdeaAskDescription = max => $"Tagad apraksti to: kas jāmaina, kur un kāpēc? (ne vairāk kā {max} rakstzīmes)",
        IdeaAskTheme = "Kurai tēmai tā vislabāk atbilst?",
        IdeaAskPhoto = "Ja tev ir foto, atsūti to (nav obligāti) vai spied „Izlaist”.",
        IdeaPreviewHeader = "Lūk, tava ideja:",
        IdeaPreviewPhoto = "📷 ar foto",
        IdeaPreviewQuestion = "Iesniegt to pilsētai?",
        IdeaSubmit = "✅ Iesniegt",
        IdeaEdit = "✏️ Labot",
        IdeaEditWhich = "Ko vēlies labot?",
        IdeaFieldTitle = "Nosaukumu",
        IdeaFieldDescription = "Aprakstu",
        IdeaFieldTheme = "Tēmu",
        IdeaFieldPhoto = "Foto",
        Back = "◀ Atpakaļ",
        IdeaReceived = number => $"🎉 Ideja #{number} saņemta! Koordinators to izskatīs, parasti dažu dienu laikā. Kad tā būs apstiprināta, tu saņemsi ziņu šeit; sekot tai vari ar /myideas.",
        IdeaAlreadyReceived = number => $"Ideja #{number} jau ir saņemta. 👍",
        IdeaLimitReached = limit => $"Diennakts ideju limits ({limit}) ir sasniegts — paldies! Nākamo ideju varēsi iesniegt rīt.",

        InputEmpty = "Te nekas nav uzrakstīts — lūdzu, uzraksti dažus vārdus.",
        InputTooLong = (length, max) => $"Par garu ({length}/{max}). Lūdzu, saīsini.",
        InputNeedsText = "Šeit vajag tekstu.",
        InputNeedsPhoto = "Lūdzu, atsūti foto vai spied „Izlaist”.",
        InputNeedsTheme = "Lūdzu, izvēlies tēmu ar pogām.",
        InputUseButtons = "Lūdzu, izmanto pogas zem ziņas.",

        StatusSubmitted = "gaida izskatīšanu",
        StatusApproved = "apstiprināta",
        StatusRejected = "nav pieņemta",
        StatusInProgress = "tiek īstenota",
        StatusImplemented = "īstenota",

        ModNewIdea = number => $"💡 Jauna ideja #{number}",
        ModAuthor = (channel, language) => $"Autors: {channel} lietotājs, valoda: {language}",
        ModApprove = "✅ Apstiprināt",
        ModReject = "❌ Noraidīt",
        ModInProgress = "🔧 Tiek īstenota",
        ModImplemented = "🏁 Īstenota",
        ModRestore = "♻️ Atjaunot",
        ModAskReason = number => $"Kāpēc ideja #{number} tiek noraidīta? Tavs paskaidrojums tiks nosūtīts autoram.",
        ModAskComment = number => $"Pievieno komentāru idejas #{number} autoram vai spied „Izlaist”.",
        ModDone = (number, status) => $"Ideja #{number}: {status} ✓",
        ModUnchanged = (number, status) => $"Idejas #{number} statuss jau ir „{status}”; nekas netika mainīts.",
        ModNotAllowed = (number, current, target) => $"Idejas #{number} statuss ir „{current}”; to nevar mainīt uz „{target}”.",
        ModRestored = number => $"Ideja #{number} atkal ir redzama. ✓",
        ModNothingPending = "Nekas negaida izskatīšanu. 🎉",
        ModPendingCount = count => $"Gaida izskatīšanu: {count}",
        ModReadyForCouncil = (number, title, supports) => $"🏛 Ideja #{number} „{title}” sasniedza {supports} atbalstu slieksni — gatava iesniegšanai domē.",
        ModHiddenAfterReports = (number, title, reports) => $"⚠️ Ideja #{number} „{title}” paslēpta pēc sūdzībām ({reports}). Lūdzu, pārskati to.",
        ModHiddenLabel = "🙈 paslēpta pēc sūdzībām",

        AuthorApproved = (number, title) => $"🎉 Tava ideja #{number} „{title}” ir apstiprināta! Tagad citi to var redzēt un atbalstīt sadaļā /ideas.",
        AuthorRejected = (number, title, reason) => $"Tava ideja #{number} „{title}” netika pieņemta. Koordinatora paskaidrojums: {reason}",
        AuthorInProgress = (number, title) => $"🔧 Tavas idejas #{number} „{title}” īstenošana ir sākusies!",
        AuthorImplemented = (number, title) => $"🏁 Tava ideja #{number} „{title}” ir īstenota! Paldies, ka palīdzi padarīt pilsētu labāku.",

        IdeasEmpty = "Apstiprinātu ideju vēl nav — iesniedz pirmo ar /idea!",
        IdeasPage = (page, pages) => $"Lapa {page} no {pages}",
        Next = "Tālāk ▶",
        SupportLabel = count => $"👍 Atbalstīt · {count}",
        SupportedLabel = count => $"💚 Tu atbalsti · {count}",
        ReportLabel = "⚠️ Ziņot",
        OwnIdea = "Šī ir tava ideja.",
        ReportThanks = "Paldies! Koordinatori to apskatīs.",
        ReportAlready = "Sūdzība par šo ideju jau ir saņemta.",
        IdeaNotAvailable = "Šī ideja vairs nav pieejama.",
        MyIdeasEmpty = "Tev vēl nav ideju. Sūti /idea, lai dalītos ar savu!",
        MyIdeasHeader = "Tavas idejas:",
        ExportReady = count => $"📄 Visas idejas CSV formātā ({count}).",
        ExportEmpty = "Ideju vēl nav, nav ko eksportēt.",

        SettingsTitle = "⚙️ <b>Iestatījumi</b>",
        SettingsHint = "Spied pogu, lai ieslēgtu vai izslēgtu.",
        SettingAnnouncements = "Paziņojumi",
        SettingDigest = "Nedēļas apkopojums",

        Skip = "Izlaist",
        CancelLabel = "✖️ Atcelt",
        Cancelled = "Atcelts.",
        NothingToCancel = "Nav nekā, ko atcelt.",
        UnknownText = "Piedod, es to nesapratu. Izvēlies kādu no izvēlnes pogām vai sūti /help.",
        UnknownCommand = command => $"Es nezinu komandu /{command}. Sūti /help, lai redzētu tās, ko zinu.",
        Unsupported = "Šeit es protu lasīt tekstu un pogas (un foto, ja pievieno to idejai). Sūti /help, lai redzētu, ko es protu.",
        CoordinatorsOnly = "Tas ir pieejams tikai pilsētas koordinatoriem.",
        StaleButton = "Šī poga vairs nav aktīva. Lūk, izvēlne.",
        SomethingWentWrong = "Piedod, man kaut kas nogāja greizi. Lūdzu, pamēģini vēlreiz pēc brīža.",
    };
}
