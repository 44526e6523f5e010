using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

internal static class Latvian
{
    /// <summary>"31. februāra nav": the months in the genitive.</summary>
    private static readonly string[] MonthsGenitive =
        ["janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta", "septembra", "oktobra", "novembra", "decembra"];

    /// <summary>"ne vairāk kā 120 rakstzīmju", "2 rakstzīmes", "21 rakstzīme".</summary>
    private static string Characters(int count) => Plural.Lv(count, "rakstzīmju", "rakstzīme", "rakstzīmes");

    /// <summary>After "par": "ne ilgāk par 30 dienām", "par 1 dienu".</summary>
    private static string DaysAfterPar(int count) => Plural.Lv(count, "dienām", "dienu", "dienām");

    public static readonly Phrasebook Phrases = new()
    {
        Language = Language.Lv,

        LanguageSet = name => $"Valoda: {name} ✓",
        LanguageName = language => language switch
        {
            Language.Lv => "latviešu",
            Language.Ru => "krievu",
            _ => "angļu",
        },
        PrivacySummary = p => $"""
            🔒 <b>Pirms sākam: tavs privātums</b>
            Šo botu uztur {p.Organisation}, lai vāktu jauniešu idejas pilsētai un aicinātu tevi uz pasākumiem. Ar tavu piekrišanu tas glabā tava konta identifikatoru un vārdu šajā saziņas lietotnē, valodu, iestatījumus un to, ko šeit atsūti. Apstiprinātās idejas ir publiskas; tavu vārdu redz tikai koordinatori.
            Piekrišanu vari atsaukt jebkurā brīdī: /forgetme dzēš tavus datus, /mydata tos parāda.

            Pilns paziņojums (kontakti, glabāšanas laiks, tavas tiesības): spied „Lasīt vairāk” vai sūti /privacy.
            Piekrītot tu apstiprini, ka tev ir vismaz {p.MinimumAge} gadu. Vai piekrīti?
            """,
        PrivacyFull = p => $"""
            🔒 <b>Privātuma paziņojums</b>

            <b>Kas atbild</b>
            Pārzinis: {p.Organisation}, {p.ControllerContact}.
            Datu aizsardzības speciālists: {p.DpoContact}.

            <b>Kādiem nolūkiem</b>
            Lai vāktu jauniešu idejas pilsētai un pastāstītu tiem, kas tām seko, kas ar tām notiek; lai uzdotu ātrus jautājumus (aptaujas) un saskaitītu atbildes; lai aicinātu tevi uz pasākumiem un paturētu tev vietu; lai sūtītu paziņojumus un nedēļas apskatu (pēc piekrišanas tie ir ieslēgti; izslēgt vari sadaļā /settings); lai pasargātu botu no ļaunprātīgas izmantošanas.

            <b>Tiesiskais pamats</b>
            Tava piekrišana (VDAR 6. panta 1. punkta a) apakšpunkts). To vari atsaukt jebkurā brīdī ar /forgetme; tas, kas izdarīts pirms tam, paliek likumīgs. Piedalīšanās ir brīvprātīga; bots ir paredzēts cilvēkiem no {p.MinimumAge} gadu vecuma.

            <b>Ko mēs glabājam</b>
            • tava konta un čata identifikatoru šajā saziņas lietotnē un pēc piekrišanas arī tavu vārdu, kā to rāda lietotne (ar lietotājvārdu, ja tāds ir); tavu valodu un iestatījumus, laiku, kad piekriti šim paziņojumam, un laiku, kad pēdējoreiz rakstīji;
            • tavas idejas (nosaukumu, aprakstu, tēmu, foto un vietu, ja to norādi: punktu, noapaļotu līdz aptuveni 100 m, vai vietas nosaukumu) un koordinatoru komentārus un lēmumus par tām;
            • idejas, kuras atbalsti (tavas atbalsta balsis), kurām seko vai par kurām sūdzies (ar izvēlēto iemeslu);
            • tavas balsis aptaujās;
            • tavas atbildes uz pasākumiem, vietu gaidītāju sarakstā un tev nosūtītos atgādinājumus;
            • nepabeigtu melnrakstu (piemēram, idejas);
            • tehniskos ierakstus: tevis sūtīto ziņu identifikatorus un laiku, kā arī tev sūtītās ziņas, līdz tās ir piegādātas, un pēc tam to laiku un statusu.
            Nekad – tavu tālruņa numuru vai kontaktus, un nekad to, kur tu atrodies: atrašanās vietu tikai tad, ja pats to atsūti idejai.

            <b>Kas to redz</b>
            Pilsētas koordinatori redz visas idejas (arī neapstiprinātās), sūdzības un atbildes uz pasākumiem, kā arī tavu vārdu pie tavām idejām un atbildēm; citi tavu vārdu neredz. Visas idejas ir koordinatoru eksportā, bez vārdiem. Apstiprinātās idejas ir publiskas visiem bota lietotājiem un var tikt nodotas pilsētas domei. Telegram un Meta (Facebook Messenger) ziņas apstrādā kā patstāvīgi pārziņi saskaņā ar saviem privātuma noteikumiem, arī ārpus ES. Par tevi nekas netiek lemts tikai automatizēti.

            <b>Cik ilgi</b>
            Tavs konts un tas, ko atsūtīji: līdz brīdim, kad tu to izdzēs ar /forgetme. Tehniskie ieraksti par ziņām un nepabeigti melnraksti: ne ilgāk par {DaysAfterPar(p.RetentionDays)}. Ja nepiekrīti: tava konta un čata identifikators, valoda, šī atbilde un tavu ziņu tehniskie ieraksti – ne ilgāk par {DaysAfterPar(p.RetentionDays)} pēc tavas pēdējās ziņas. Tev sagatavotie faili (/mydata): vienu dienu.

            <b>Tavas tiesības</b>
            • piekļūt datiem: /mydata atsūta visu, kas par tevi glabājas;
            • labot: valodu un iestatījumus maini sadaļā /settings; par visu pārējo raksti datu aizsardzības speciālistam;
            • dzēst: /forgetme dzēš tavu kontu, iestatījumus, atbalsta balsis, idejas, kurām seko, sūdzības, balsis aptaujās, atbildes, melnrakstus, vēl nepublicētās idejas un tev glabātās ziņas; publicētās idejas paliek, bet vairs nav saistītas ar tevi;
            • ierobežot apstrādi: raksti datu aizsardzības speciālistam;
            • saņemt savus datus mašīnlasāmā formātā: /mydata atsūta JSON failu;
            • iesniegt sūdzību uzraudzības iestādei: {p.SupervisoryAuthority}.
            """,
        Accept = "✅ Piekrītu",
        Decline = "Nē, paldies",
        ReadMore = "📄 Lasīt vairāk",
        Welcome = """
            Paldies un laipni lūdzam! 🎉
            Tu saņemsi paziņojumus un nedēļas apskatu; to jebkurā brīdī vari mainīt sadaļā /settings.
            Sūti /help, lai redzētu visu, ko es protu.
            """,
        WelcomeBack = "Prieks tevi atkal redzēt! 👋",
        MessengerWindowNote = "Messenger man ļauj sūtīt tev jaunumus tikai dienas laikā pēc tavas pēdējās ziņas; nedēļas apskatu jebkurā brīdī parāda /digest.",
        DeclinedInfo = days => $"Tu nedevi piekrišanu, tāpēc es par tevi glabāju tikai konta un čata identifikatoru, valodu, šo atbildi un tavu ziņu tehniskos ierakstus – ne ilgāk par {DaysAfterPar(days)} pēc tavas pēdējās ziņas. Ja pārdomāsi, sūti /start.",
        ReadNoticeAgain = "🔒 Lasīt vēlreiz",
        AlreadyAccepted = "Piekrišana jau ir dota. 👍",

        MenuPrompt = "Ko vēlies darīt?",
        HelpIntro = "Lūk, ko es protu:",
        HelpCoordinatorsHeader = "Koordinatoriem:",
        CmdStart = "Sākt no jauna: valoda, privātums, izvēlne",
        CmdHelp = "Ko es protu",
        CmdLanguage = "Mainīt valodu",
        CmdSettings = "Izvēlēties, ko saņemt",
        CmdCancel = "Pārtraukt iesākto",
        CmdPrivacy = "Privātuma paziņojums: ko glabājam un tavas tiesības",
        MenuSettings = "⚙️ Iestatījumi",
        MenuLanguage = "🌐 Valoda",
        MenuHelp = "❓ Palīdzība",
        MenuPrivacy = "🔒 Privātums",

        CmdIdea = "Iesniegt ideju pilsētai",
        CmdIdeas = "Apstiprinātās idejas; atbalsti labākās",
        CmdMyIdeas = "Manas idejas un to statuss",
        CmdPending = "Idejas, kas gaida izskatīšanu",
        CmdExport = "Idejas un pasākumi izklājlapā",
        MenuIdea = "💡 Jauna ideja",
        MenuIdeas = "📋 Idejas",
        MenuMyIdeas = "🗂 Manas idejas",
        MenuPending = "🛡 Izskatīšana",

        IdeaAskTitle = max => $"💡 Pieraksti savu ideju! Vispirms īss nosaukums (ne vairāk kā {Characters(max)}):",
        IdeaAskDescription = max => $"Tagad apraksti to: kas jāmaina, kur un kāpēc? (ne vairāk kā {Characters(max)})",
        IdeaAskTheme = "Kurai tēmai tā vislabāk atbilst?",
        IdeaAskPhoto = "Ja tev ir foto, atsūti to (nav obligāti) vai spied „Izlaist”.",
        IdeaAskNewPhoto = "Atsūti jaunu foto vai arī paturi vai noņem pievienoto.",
        KeepPhoto = "Paturēt foto",
        RemovePhoto = "Noņemt foto",
        EditCurrent = value => $"Pašlaik: {value}",
        KeepAsIs = "Atstāt, kā ir",
        IdeaPreviewHeader = "Lūk, tava ideja:",
        IdeaPreviewPhoto = "📷 ar foto",
        IdeaPreviewQuestion = "Iesniegt to pilsētai?",
        IdeaSubmit = "✅ Iesniegt",
        Edit = "✏️ Labot",
        EditWhich = "Ko vēlies labot?",
        FlowStepLost = "Bots ir atjaunināts, un es vairs nezinu, pie kura soļa tu biji. Viss, ko uzrakstīji, ir saglabāts: turpināsim no šejienes.",
        FieldTitle = "Nosaukumu",
        FieldDescription = "Aprakstu",
        IdeaFieldTheme = "Tēmu",
        IdeaFieldPhoto = "Foto",
        IdeaAskPlace = "📍 Kur tas ir? Atsūti atrašanās vietu (📎 → Atrašanās vieta), uzraksti vietu (ielu, parku, adresi) vai spied „Izlaist”.",
        IdeaAskPlaceTyped = "📍 Kur tas ir? Uzraksti vietu (ielu, parku, adresi) vai spied „Izlaist”.",
        InputNeedsPlace = "Lūdzu, atsūti atrašanās vietu vai uzraksti vietu, vai spied „Izlaist”.",
        IdeaFieldPlace = "Vieta",
        IdeaAskDistrict = "Kurā pilsētas daļā tas ir?",
        IdeaFieldDistrict = "Apkaime",
        Back = "◀ Atpakaļ",
        IdeaReceived = number => $"🎉 Ideja #{number} saņemta! Koordinators to izskatīs, parasti dažu dienu laikā. Kad tā būs izskatīta, tu saņemsi ziņu šeit; sekot tai vari ar /myideas.",
        IdeaAlreadyReceived = number => $"Ideja #{number} jau ir saņemta. 👍",
        IdeaLimitReached = limit => $"Sasniegts limits: {Plural.Lv(limit, "ideju", "ideja", "idejas")} 24 stundu laikā. Paldies! Nākamo ideju varēsi iesniegt nedaudz vēlāk.",

        InputEmpty = "Te nekas nav uzrakstīts – lūdzu, uzraksti dažus vārdus.",
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
        ModAuthor = (who, channel, language) => $"Autors: {who} · {channel} · valoda: {language}",
        NoName = id => $"bez vārda · ID {id}",
        AuthorErased = "dati dzēsti pēc autora lūguma",
        ModApprove = "✅ Apstiprināt",
        ModReject = "❌ Noraidīt",
        ModInProgress = "🔧 Sākt īstenot",
        ModImplemented = "🏁 Pabeigt īstenot",
        ModRestore = "♻️ Atjaunot",
        ModAskReason = number => $"Kāpēc noraidi ideju #{number}? Tavs paskaidrojums tiks nosūtīts autoram.",
        ModAskComment = number => $"Pievieno komentāru idejas #{number} autoram vai spied „Izlaist”.",
        ModDone = (number, status) => $"Ideja #{number}: {status} ✓",
        ModUnchanged = (number, status) => $"Idejas #{number} statuss jau ir „{status}”; nekas netika mainīts.",
        ModNotAllowed = (number, current, target) => $"Idejas #{number} statuss ir „{current}”; to nevar mainīt uz „{target}”.",
        ModRestored = number => $"Ideja #{number} atkal ir redzama. ✓",
        ModNothingPending = "Nekas negaida izskatīšanu. 🎉",
        ModPendingCount = count => $"Gaida izskatīšanu: {count}",
        ModReadyForCouncil = (number, title, supports) => $"🏛 Ideja #{number} „{title}” ieguva {Plural.Lv(supports, "atbalsta balsu", "atbalsta balsi", "atbalsta balsis")} – to var nodot domei.",
        ModHiddenAfterReports = (number, title, reports) => $"⚠️ Ideja #{number} „{title}” paslēpta sūdzību dēļ ({Plural.Lv(reports, "sūdzību", "sūdzība", "sūdzības")}). Lūdzu, pārskati to.",
        ModHiddenLabel = "🙈 paslēpta sūdzību dēļ",

        AuthorApproved = (number, title) => $"🎉 Tava ideja #{number} „{title}” ir apstiprināta! Tagad citi to var redzēt un atbalstīt sadaļā /ideas.",
        AuthorRejected = (number, title, reason) => $"Tava ideja #{number} „{title}” netika pieņemta. Koordinatora paskaidrojums: {reason}",
        AuthorInProgress = (number, title) => $"🔧 Tavas idejas #{number} „{title}” īstenošana ir sākusies!",
        AuthorImplemented = (number, title) => $"🏁 Tava ideja #{number} „{title}” ir īstenota! Paldies, ka palīdzi padarīt pilsētu labāku.",

        IdeasEmpty = "Apstiprinātu ideju vēl nav – iesniedz pirmo ar /idea!",
        IdeasPage = (page, pages) => $"{page}. lapa no {pages}",
        SortSupported = "👍 Populārākās",
        SortNewest = "🆕 Jaunākās",
        SortShuffled = "🎲 Jauktā secībā",
        FilterTheme = theme => $"🏷 {theme}",
        FilterAllThemes = "🏷 Visas tēmas",
        FilterDistrict = district => $"📍 {district}",
        FilterAllDistricts = "📍 Visas apkaimes",
        IdeasWhichTheme = "Kuras tēmas idejas rādīt?",
        IdeasWhichDistrict = "Kuras apkaimes idejas rādīt?",
        IdeasNoneFiltered = "Tādu ideju pagaidām nav. Izvēlies citu tēmu vai apkaimi.",
        Next = "Tālāk ▶",
        SupportLabel = count => $"👍 Atbalstīt · {count}",
        SupportedLabel = count => $"💚 Tu atbalsti · {count}",
        ReportLabel = "⚠️ Sūdzēties",
        OwnIdea = "Šī ir tava ideja – to atbalstīt vai par to sūdzēties nevar.",
        ReportThanks = reason => $"Sūdzība nosūtīta: {reason}. Paldies! Koordinatori to apskatīs; viņi redz iemeslu, bet ne to, kas sūdzējās.",
        ReportWhy = (number, title) => $"Kāpēc sūdzies par ideju #{number} „{title}”?",
        ReportSpam = "Surogātpasts/reklāma",
        ReportOffensive = "Aizskaroša",
        ReportOffTopic = "Nav par pilsētu",
        ReportOther = "Cits iemesls",
        ReportWithdraw = "↩️ Atsaukt sūdzību",
        ReportWithdrawn = number => $"Tava sūdzība par ideju #{number} ir atsaukta.",
        ReportNothingToWithdraw = "Tev nav sūdzības par šo ideju, ko atsaukt.",
        ReportNotSent = "Labi, sūdzība netika nosūtīta.",
        ModReportReasons = reasons => $"Iemesli: {reasons}",
        ReportAlready = "Tava sūdzība par šo ideju jau ir saņemta.",
        IdeaNotAvailable = "Šī ideja vairs nav pieejama.",
        MyIdeasEmpty = "Tev vēl nav ideju. Sūti /idea, lai dalītos ar savu!",
        MyIdeasHeader = "Tavas idejas:",
        ExportReady = (ideas, events) => $"📊 Izklājlapā: {Plural.Lv(ideas, "ideju", "ideja", "idejas")} ar vēsturi un {Plural.Lv(events, "pasākumu", "pasākums", "pasākumi")} ar atbildēm. CSV faili citām programmām: /export csv",
        ExportCsvIdeas = count => $"💡 CSV: {Plural.Lv(count, "ideju", "ideja", "idejas")}; UTF-8, vērtības atdalītas ar komatu (,), kolonnu nosaukumi pirmajā rindā, datumi ISO 8601 formātā ar pilsētas UTC nobīdi.",
        ExportCsvEvents = count => $"📅 CSV: {Plural.Lv(count, "pasākumu", "pasākums", "pasākumi")} ar atbildēm, tajā pašā formātā.",
        ExportEmpty = "Ideju un pasākumu vēl nav, nav ko eksportēt.",
        ExportHeaders = new Dictionary<string, string>
        {
            ["sheet:ideas"] = "Idejas",
            ["sheet:history"] = "Ideju vēsture",
            ["sheet:events"] = "Pasākumi",
            ["id"] = "Nr.",
            ["submitted"] = "Iesniegta",
            ["status"] = "Statuss",
            ["status_changed"] = "Statuss mainīts",
            ["theme"] = "Tēma",
            ["title"] = "Nosaukums",
            ["description"] = "Apraksts",
            ["comment"] = "Koordinatora komentārs vai iemesls",
            ["supports"] = "Atbalsta balsis",
            ["reports"] = "Sūdzības",
            ["hidden"] = "Paslēpta pēc sūdzībām",
            ["ready_for_council"] = "Gatava nodošanai domei",
            ["author_channel"] = "Autora lietotne",
            ["author_language"] = "Autora valoda",
            ["latitude"] = "Platums",
            ["longitude"] = "Garums",
            ["district"] = "Apkaime",
            ["council_decision"] = "Domes lēmums",
            ["council_answer"] = "Domes atbilde",
            ["idea_id"] = "Idejas Nr.",
            ["idea_title"] = "Ideja",
            ["changed"] = "Mainīts",
            ["starts"] = "Sākums",
            ["place"] = "Vieta",
            ["capacity"] = "Vietu skaits",
            ["going"] = "Nāks",
            ["waiting"] = "Gaidītāju sarakstā",
            ["maybe"] = "Varbūt",
            ["not_going"] = "Nenāks",
            ["created"] = "Izveidots",
        },
        ExportDateFormat = "dd.mm.yyyy hh:mm",
        ExportYes = "jā",
        ExportNo = "nē",
        ExportEventPublished = "publicēts",
        ExportEventCancelled = "atcelts",

        CmdEvents = "Gaidāmie pasākumi; pasaki, vai nāksi",
        CmdNewEvent = "Izveidot pasākumu un aicināt visus",
        CmdAnnounce = "Nosūtīt paziņojumu",
        MenuEvents = "📅 Pasākumi",
        MenuNewEvent = "➕ Jauns pasākums",
        MenuAnnounce = "📣 Paziņot",

        EventAskTitle = max => $"📅 Jauns pasākums. Kā to sauc? (ne vairāk kā {Characters(max)})",
        EventAskStart = (zone, example, iso) => $"Kad tas sākas? Uzraksti datumu un laiku ({zone}), piemēram, {example} vai {iso}.",
        EventAskPlace = max => $"Kur tas notiks? (ne vairāk kā {Characters(max)})",
        EventAskDescription = max => $"Kas tur notiks un kam tas domāts? (ne vairāk kā {Characters(max)})",
        EventAskCapacity = "Cik cilvēku var atnākt? Atsūti skaitli vai spied „Bez ierobežojuma”.",
        NoLimit = "Bez ierobežojuma",
        EventPreviewHeader = "Lūk, pasākums:",
        EventPreviewQuestion = "Publicēt? To saņems visi, kas saņem paziņojumus.",
        EventSaveQuestion = "Saglabāt izmaiņas? Visi, kas atbildēja „Nākšu” vai „Varbūt”, saņems ziņu.",
        EventPublish = "📣 Publicēt",
        EventSave = "💾 Saglabāt",
        EventFieldStart = "Datumu un laiku",
        EventFieldPlace = "Vietu",
        EventFieldCapacity = "Vietu skaitu",
        EventPublished = number => $"📣 Pasākums #{number} ir publicēts un tiek sūtīts abonentiem.",
        EventSaved = number => $"💾 Pasākums #{number} ir saglabāts.",
        InputBadDate = example => $"Nevaru izlasīt šo datumu. Lūdzu, raksti tā: {example}.",
        InputNoSuchDate = (day, month, year) => $"{year}. gada {day}. {MonthsGenitive[month - 1]} nav. Lūdzu, pārbaudi datumu.",
        InputNoTime = "Lūdzu, norādi arī laiku, piemēram, 18:00.",
        InputTitleNeedsWords = "Nosaukumā vajag vismaz vienu vārdu vai skaitli, ne tikai emocijzīmes vai pieturzīmes.",
        InputPastDate = "Šis laiks jau ir pagājis. Lūdzu, norādi nākotnes datumu un laiku.",
        InputNoSuchTime = "Šāda laika nav – tajā naktī pulksteņus pagriež uz priekšu. Lūdzu, norādi citu.",
        InputBadNumber = max => $"Lūdzu, atsūti veselu skaitli no 1 līdz {max} vai spied „Bez ierobežojuma”.",

        EventPlaces = count => $"👥 Vietu skaits: {count}",
        EventPlacesFree = (capacity, free) => $"👥 {Plural.Lv(capacity, "vietu", "vieta", "vietas")} · {Plural.LvForm(free, "brīvu", "brīva", "brīvas")}: {free}",
        EventPlacesFull = (capacity, waiting) => waiting == 0 ? $"👥 {Plural.Lv(capacity, "vietu", "vieta", "vietas")} · brīvu vietu nav" : $"👥 {Plural.Lv(capacity, "vietu", "vieta", "vietas")} · brīvu vietu nav · rindā: {waiting}",
        RsvpOnWaitingList = position => $"⏳ Tu esi gaidītāju sarakstā: {position}. vieta rindā.",
        RsvpWaitingLabel = position => $"⏳ {position}. vieta rindā",
        EventWhoIsComing = "👥 Kas nāks",
        AttendeesHeader = title => $"👥 Kas nāks uz „{title}”",
        AttendeesGoing = count => $"✅ Nāks: {count}",
        AttendeesWaiting = count => $"⏳ Gaidītāju sarakstā: {count}",
        AttendeesMaybe = count => $"🤔 Varbūt: {count}",
        AttendeesNotGoing = count => $"❌ Nenāks: {count}",
        AttendeesNone = "Pagaidām neviens nav atbildējis.",
        EventCancelledLabel = "🚫 Atcelts",
        RsvpGoing = "✅ Nākšu",
        RsvpMaybe = "🤔 Varbūt",
        RsvpNotGoing = "❌ Nenākšu",
        AddToCalendar = "Pievienot kalendāram",
        OpenInBot = "💬 Atbildēt botā",
        RsvpSavedGoing = "Uz tikšanos! ✅",
        RsvpSavedMaybe = "Atzīmēts: varbūt. 🤔",
        RsvpSavedNotGoing = "Paldies, ka pateici.",
        RsvpWaitlisted = position => $"Visas vietas ir aizņemtas, tāpēc tu esi gaidītāju sarakstā (vieta rindā: {position}). Es tev pateikšu, ja vieta atbrīvosies.",
        RsvpPromoted = title => $"🎉 Atbrīvojās vieta: tu nāc uz „{title}”!",
        EventOver = "Šis pasākums jau ir sācies vai beidzies.",
        EventNotFound = "Šis pasākums nav pieejams.",
        EventsEmpty = "Pašlaik nav plānotu pasākumu. Es pateikšu, kad tāds būs!",
        EventEdit = "✏️ Labot",
        EventCancel = "🚫 Atcelt pasākumu",
        EventCancelConfirm = title => $"Atcelt „{title}”? Visi, kas atbildēja „Nākšu” vai „Varbūt”, saņems ziņu.",
        EventCancelYes = "Jā, atcelt",
        EventCancelNo = "Nē, neatcelt",
        EventKept = title => $"Labi, „{title}” paliek, kā bija.",
        EventCancelledDone = number => $"🚫 Pasākums #{number} ir atcelts; visiem, kas atbildēja „Nākšu” vai „Varbūt”, tiek paziņots.",
        EventChangedNotice = "✏️ Pasākumā, uz kuru atbildēji, ir izmaiņas:",
        EventEditing = (number, title) => $"✏️ Pasākuma #{number} „{title}” labošana.",
        EventNothingChanged = "Pagaidām nekas nav mainīts: izvēlies „Labot”, lai ko mainītu.",
        EventChangesHeader = "Kas mainās:",
        EventChangeLine = (field, before, after) => $"• {field}: {before} → {after}",
        EventDescriptionChanged = "pārrakstīts",
        ChangeTitle = "Nosaukums",
        ChangeTime = "Laiks",
        ChangePlace = "Vieta",
        ChangeDescription = "Apraksts",
        ChangeCapacity = "Vietu skaits",
        EventCancelledNotice = (title, when) => $"🚫 Pasākums „{title}” ({when}) ir atcelts. Atvaino!",
        Reminder = (title, relative, when, place) => $"⏰ Atgādinājums: <b>{title}</b> sākas {relative}.\n🕒 {when}\n📍 {place}",
        CalendarFileCaption = "🗓 Atver failu, lai pievienotu pasākumu savam kalendāram.",

        Today = "šodien",
        Tomorrow = "rīt",
        TodayAt = time => $"šodien plkst. {time}",
        TomorrowAt = time => $"rīt plkst. {time}",
        InDays = days => $"pēc {Plural.Lv(days, "dienām", "dienas", "dienām")}",
        InHours = hours => $"pēc {Plural.Lv(hours, "stundām", "stundas", "stundām")}",
        InMinutes = minutes => $"pēc {Plural.Lv(minutes, "minūtēm", "minūtes", "minūtēm")}",

        AnnounceAskText = max => $"📣 Uzraksti paziņojumu (ne vairāk kā {Characters(max)}):",
        AnnounceAskPhoto = "Pievieno foto (nav obligāti) vai spied „Izlaist”.",
        AnnounceAskAudience = "Kam to sūtīt?",
        AudienceSubscribers = count => $"Abonentiem ({count})",
        AudienceEvent = (title, count) => $"📅 {title} ({count})",
        AnnouncePreview = audience => $"– Kam: {audience}. Sūtīt?",
        AnnounceSend = "📣 Sūtīt",
        AnnounceQueued = count => $"📣 Sūtu; saņēmēju skaits: {count}. Par gaitu ziņošu šeit.",
        AnnounceNobody = "Šajā saņēmēju grupā vēl neviena nav.",
        BroadcastProgress = (sent, total, unreachable) => $"📣 Sūtu: nosūtīti {sent} no {total} · nesasniedzami: {unreachable}",
        BroadcastDone = (sent, unreachable, failed, skipped) => $"✅ Pabeigts: nosūtīti {sent} · nesasniedzami {unreachable} · neizdevās {failed} · izlaisti {skipped}",
        CrossPostFailed = target => $"⚠️ Neizdevās publicēt {target}; mēģināšu vēlreiz. Iemesls:",
        CrossPostGaveUp = target => $"⚠️ Neizdevās publicēt {target}, un vairs nemēģināšu; lūdzu, publicē to manuāli. Iemesls:",
        TelegramChannelName = "Telegram kanālā",
        FacebookPageName = "Facebook lapā",

        KindAnnouncement = "paziņojums",
        KindEventPublished = "jauns pasākums",
        KindEventChanged = "pasākuma izmaiņas",
        KindEventCancelled = "pasākums atcelts",
        KindDigest = "nedēļas apskats",

        CmdMyData = "Visi dati, kas par tevi glabājas (JSON fails)",
        CmdForgetMe = "Dzēst visu par tevi",
        MyDataReady = "📦 Lūk, viss, kas par tevi glabājas šajā botā.",
        ForgetMeConfirm = "🗑 Vai tiešām dzēst visu par tevi? Tiks dzēsti tavi iestatījumi, atbalsta balsis, sekošana idejām, sūdzības, balsis aptaujās, atbildes uz pasākumiem, melnraksti, nepublicētās idejas un tev glabātās ziņas. Publicētās idejas paliks, bet vairs nebūs saistītas ar tevi. To nevar atsaukt.",
        ForgetMeYes = "🗑 Jā, dzēst visu",
        ForgetMeNo = "Nē, nedzēst",
        ForgetMeDone = "✅ Viss par tevi ir dzēsts. Ja gribi atgriezties, raksti /start.",
        ForgetMeKept = "👍 Nekas netika dzēsts.",
        FloodWarning = "🐢 Lēnāk, lūdzu! Tu raksti ļoti ātri, tāpēc brīdi tavas ziņas neapstrādāšu.",
        GroupRedirect = "👋 Šeit es neatbildu. Uzraksti man privāti – pieskaries manam vārdam un spied „Start”.",

        CmdDigest = "Nedēļas apskats: idejas, izmaiņas, pasākumi",
        MenuDigest = "🗞 Apskats",
        DigestTitle = (from, to) => $"🗞 <b>Nedēļas apskats</b> · {from}–{to}",
        DigestApprovedHeader = "💡 <b>Jaunas idejas, ko vari atbalstīt</b>",
        DigestIdeaLine = (id, title, supports) => $"#{id} {title} · 👍 {supports}",
        DigestChangedHeader = "🔧 <b>Kas notiek ar idejām</b>",
        DigestChangeLine = (id, title, status) => $"#{id} {title} → {status}",
        DigestComment = comment => $"   💬 {comment}",
        DigestEventsHeader = "📅 <b>Tuvākās divas nedēļas</b>",
        DigestEventLine = (title, when, relative) => $"• {title} · {when} ({relative})",
        DigestFigures = (ideas, supports, people) => $"📊 Nedēļas laikā: {Plural.Lv(ideas, "jaunu ideju", "jauna ideja", "jaunas idejas")} · {Plural.Lv(supports, "atbalsta balsu", "atbalsta balss", "atbalsta balsis")} · {Plural.Lv(people, "dalībnieku", "dalībnieks", "dalībnieki")}",
        DigestOpenIdea = id => $"💡 #{id}",
        DigestOpenEvent = title => $"📅 {title}",
        DigestNothingNew = "🗞 Pēdējā nedēļā jaunumu nav. Iesniedz savu ideju ar /idea!",
        DigestPreview = when => $"👀 Priekšskatījums: nākamais apskats, kāds tas ir pašlaik; abonenti to saņems ar visu, kas notiks līdz tam. Nosūtīšanas laiks: {when}.",

        SettingsTitle = "⚙️ <b>Iestatījumi</b>",
        SettingsHint = "Spied pogu, lai ieslēgtu vai izslēgtu.",
        SettingAnnouncements = "Paziņojumi",
        SettingDigest = "Nedēļas apskats",
        SettingIdeaNews = "Ziņas par idejām",

        DraftIdea = title => $"ideja „{title}”",
        DraftEvent = title => $"pasākums „{title}”",
        DraftAnnouncement = text => $"paziņojums „{text}”",
        DraftModerationNote = number => $"komentārs idejai #{number}",
        DraftPending = draft => $"📝 Tev ir nepabeigts melnraksts: {draft}. Turpināt no vietas, kur pārtrauci, vai sākt no jauna? (/cancel to izmet.)",
        DraftContinue = "▶ Turpināt",
        DraftStartOver = "🔄 Sākt no jauna",
        DraftDiscard = "🗑 Izmest",
        DraftDiscarded = "Melnraksts izmests.",

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
