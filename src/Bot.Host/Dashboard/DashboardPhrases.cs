using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// The dashboard's own words in the three languages (what the chat already says — statuses, themes, what a
/// decision did — comes from the chat's phrasebook, so both say the same). Informal, as the bot is.
/// </summary>
public sealed class DashboardPhrases
{
    private static readonly DashboardPhrases Lv = new()
    {
        Number = "Nr.",
        ChooseStatus = "Izvēlies jauno statusu.",
        AlreadySent = "Šis paziņojums šodien jau ir nosūtīts. Lūk, izsūtījuma gaita.",
        BroadcastNotFound = "Šāds izsūtījums nav atrasts.",
        ChooseAudience = "Izvēlies, kam sūtīt.",
        ReportTitle = "Rīcības plāna atskaite",
        From = "No",
        To = "Līdz",
        ReportBadPeriod = years => $"Norādi periodu, kas nav garāks par {Plural.Lv(years, "gadiem", "gadu", "gadiem")}; sākuma datums nedrīkst būt vēlāks par beigu datumu.",
        DownloadCsv = "Lejupielādēt CSV",
        PrintHint = "Lai izdrukātu, izmanto pārlūka drukāšanu (Ctrl+P).",
        ReportPeriod = (from, to) => $"Periods: {from} – {to}",
        Suppression = "Skaitļi, kas mazāki par 5, rādīti kā „< 5”, lai nevienu nevarētu atpazīt.",
        Participation = "Līdzdalība",
        Participants = "Dalībnieki",
        FirstTimeParticipants = "No tiem pirmo reizi",
        IdeasSubmitted = "Iesniegtās idejas",
        ParticipantsMeaning = "Dalībnieks – cilvēks, kas šajā periodā iesniedza vai atbalstīja ideju, atbildēja uz pasākumu vai balsoja aptaujā.",
        IdeasByThemeAndStatus = "Idejas pēc tēmas un statusa",
        Council = "Dome",
        ReachedCouncilCount = n => $"Idejas, kas savāca pietiekami daudz atbalsta: {n}",
        CouncilAnswers = "Domei nodotās idejas un lēmumi",
        Awaiting = "Gaida lēmumu",
        NoneInPeriod = "Šajā periodā nekā nav.",
        YouSaidWeDid = "Jūs teicāt, mēs izdarījām",
        Cancelled = "Atcelts",
        ExportWorkbook = "Idejas, to vēsture un pasākumi (Excel)",
        ExportIdeas = "Idejas (CSV)",
        ExportEvents = "Pasākumi un atbildes (CSV)",
        ExportReport = "Rīcības plāna atskaite (lapa un CSV)",
        ExportsNote = "Tie paši faili, ko čatā atsūta komandas /export un /export csv.",
        ChartMembersByLanguage = "Jauni dalībnieki nedēļā pēc valodas",
        ChartMembersByChannel = "Jauni dalībnieki nedēļā pēc kanāla",
        ChartIdeasByTheme = "Idejas nedēļā pēc tēmas",
        ChartIdeasByStatus = "Idejas nedēļā pēc statusa",
        ChartSupports = "Atbalsta balsis nedēļā",
        ChartEventAnswers = "Atbildes uz pasākumiem un vietu skaits",
        ChartBroadcasts = "Izsūtījumu rezultāti",
        StillQueued = "Vēl rindā",
        Members = "Dalībnieki",
        Consented = "Piekrituši",
        AnnouncementSubscribers = "Paziņojumi",
        DigestSubscribers = "Apskats",
        Total = "Kopā",
        MembersAndChannels = "Dalībnieki un kanāli",
        ByChannel = "Pēc kanāla",
        ByLanguage = "Pēc valodas",
        Channel = "Kanāls",
        LanguageColumn = "Valoda",
        Charts = "Grafiki",
        Period = "Periods",
        LastWeeks = n => $"{Plural.LvForm(n, "Pēdējās", "Pēdējā", "Pēdējās")} {Plural.Lv(n, "nedēļas", "nedēļa", "nedēļas")}",
        SkipToContent = "Pāriet uz saturu",
        Menu = "Izvēlne",
        Overview = "Pārskats",
        Moderation = "Moderācija",
        Ideas = "Idejas",
        Events = "Pasākumi",
        Announce = "Paziņot",
        Report = "Atskaite",
        Exports = "Eksports",
        WaitingCount = n => $"Gaida izskatīšanu: {n}",
        SubmittedBy = (name, channel, language) => $"{name} ({channel}, {language})",
        Reports = n => $"Sūdzības: {n}",
        ApproveIdea = id => $"Apstiprināt #{id}",
        RejectReason = "Noraidījuma iemesls (to saņems autors)",
        RejectIdea = id => $"Noraidīt #{id}",
        FilterIdeas = "Ideju atlase",
        Status = "Statuss",
        AllStatuses = "Visi statusi",
        Theme = "Tēma",
        SearchWords = "Vārdi nosaukumā vai tekstā",
        Show = "Rādīt",
        IdeasFound = n => $"Atrastas idejas: {n}",
        IdeaTitle = "Nosaukums",
        Supports = "Atbalsta balsis",
        Submitted = "Iesniegta",
        Pages = "Lapas",
        PageOf = (page, pages) => $"{page}. lapa no {pages}",
        Author = "Autors",
        Place = "Vieta",
        ReachedCouncil = "Nodota domei",
        CouncilAnswer = "Domes lēmums",
        History = "Vēsture",
        ChangeStatus = "Mainīt statusu",
        NewStatus = "Jaunais statuss",
        Comment = "Komentārs",
        CommentHelp = "Autors to saņems. Ja ideju noraidi, iemesls ir obligāts; citos gadījumos komentārs nav obligāts.",
        Event = "Pasākums",
        Starts = "Sākums",
        Going = "Nāks",
        Capacity = "Vietu skaits",
        Waiting = "Gaidītāju sarakstā",
        Maybe = "Varbūt",
        NotGoing = "Nenāks",
        ComingEvents = "Gaidāmie pasākumi",
        PastEvents = "Notikušie pasākumi",
        NoEvents = "Pasākumu vēl nav.",
        NewEventInChat = "Jaunu pasākumu izveido čatā ar /newevent.",
        EventState = (e, now) => e.Status == EventStatus.Cancelled ? "Atcelts" : e.StartsAt > now ? "Gaidāms" : "Noticis",
        Answers = "Atbildes",
        WhoIsComing = "Kas nāks",
        WaitingList = "Gaidītāju saraksts",
        EditEvent = "Labot pasākumu",
        CityTime = "Pilsētas laikā.",
        CapacityHelp = "Atstāj tukšu, ja vietu skaits nav ierobežots.",
        SaveEvent = "Saglabāt izmaiņas",
        CancelEvent = "Atcelt pasākumu",
        CancelConfirm = "Jā, atcelt pasākumu un paziņot visiem, kas atbildēja „Nākšu” vai „Varbūt”",
        CancelNeedsConfirm = "Lai atceltu pasākumu, atzīmē, ka tiešām to vēlies.",
        AnnouncementText = "Paziņojuma teksts",
        TextHelp = max => $"Ne vairāk kā {Plural.Lv(max, "rakstzīmju", "rakstzīme", "rakstzīmes")}.",
        AnnouncementPhoto = "Foto (nav obligāts)",
        PhotoHelp = "JPEG vai PNG, līdz 5 MB; platums un augstums kopā līdz 10000 pikseļiem.",
        PhotoKept = "Augšupielādētais foto tiks pievienots. Izvēlies citu, lai to nomainītu.",
        PhotoRefused = "Foto jābūt JPEG vai PNG failam līdz 5 MB.",
        PhotoUnreadable = "Foto nevar nolasīt: fails ir bojāts vai nepilnīgs. Saglabā to vēlreiz kā JPEG vai PNG un augšupielādē atkārtoti.",
        PhotoTooManyPixels = (width, height, max) =>
            $"Foto izmērs ir {width} × {height} pikseļi — Telegram tik lielu nepieņem: platums un augstums kopā nedrīkst pārsniegt {Plural.Lv(max, "pikseļu", "pikseli", "pikseļus")}. Samazini to un augšupielādē vēlreiz.",
        PhotoTooElongated = (width, height, ratio) =>
            $"Foto izmērs ir {width} × {height} pikseļi — Telegram to nepieņem, jo tas ir pārāk garš un šaurs: viena mala drīkst būt ne vairāk kā {ratio} reizes garāka par otru. Apgriez to un augšupielādē vēlreiz.",
        Audience = "Kam sūtīt",
        Preview = "Priekšskatīt",
        GoesTo = audience => $"Kam: {audience}",
        ChangeAnnouncement = "Mainīt paziņojumu",
        BroadcastTitle = id => $"Izsūtījums #{id}",
        BroadcastSending = "Notiek sūtīšana…",
        BroadcastDone = "Pabeigts.",
        BroadcastProgress = (done, all) => $"{Plural.LvForm(done, "Apstrādāti", "Apstrādāts", "Apstrādāti")} {done} no {all}.",
        Deliveries = "Piegāde",
        Queued = "Kopā rindā",
        Sent = "Nosūtīti",
        Unreachable = "Nesasniedzami",
        Failed = "Neizdevās",
        Skipped = "Izlaisti",
        FailureReasons = "Kāpēc ziņas neizdevās nosūtīt",
        FailedWith = (channel, reason, count) => $"{channel}: {reason} — {Plural.Lv(count, "ziņu", "ziņa", "ziņas")}",
        OtherFailures = count => $"Citi iemesli — {Plural.Lv(count, "ziņu", "ziņa", "ziņas")}",
        NoReasonRecorded = "iemesls nav zināms",
        RefreshesItself = seconds => $"Skaitļi atjaunojas automātiski ik pēc {Plural.Lv(seconds, "sekundēm", "sekundes", "sekundēm")}.",
        NewAnnouncement = "Jauns paziņojums",
    };

    private static readonly DashboardPhrases Ru = new()
    {
        Number = "№",
        ChooseStatus = "Выбери новый статус.",
        AlreadySent = "Это объявление сегодня уже отправлено: вот ход рассылки.",
        BroadcastNotFound = "Такая рассылка не найдена.",
        ChooseAudience = "Выбери, кому отправить.",
        ReportTitle = "Отчёт для плана действий",
        From = "С",
        To = "По",
        ReportBadPeriod = years => $"Укажи период не длиннее {Plural.Ru(years, "года", "лет", "лет")}; дата начала не может быть позже даты окончания.",
        DownloadCsv = "Скачать CSV",
        PrintHint = "Чтобы напечатать, используй печать браузера (Ctrl+P).",
        ReportPeriod = (from, to) => $"Период: {from} – {to}",
        Suppression = "Числа меньше 5 показаны как «< 5», чтобы никого нельзя было узнать.",
        Participation = "Участие",
        Participants = "Участники",
        FirstTimeParticipants = "Из них впервые",
        IdeasSubmitted = "Подано идей",
        ParticipantsMeaning = "Участник — тот, кто за этот период подал или поддержал идею, ответил на приглашение на мероприятие или проголосовал в опросе.",
        IdeasByThemeAndStatus = "Идеи по темам и статусам",
        Council = "Дума",
        ReachedCouncilCount = n => $"Идей, набравших достаточно поддержки: {n}",
        CouncilAnswers = "Идеи, переданные в думу, и решения",
        Awaiting = "Ждёт решения",
        NoneInPeriod = "За этот период ничего нет.",
        YouSaidWeDid = "Вы предложили — мы сделали",
        Cancelled = "Отменено",
        ExportWorkbook = "Идеи, их история и мероприятия (Excel)",
        ExportIdeas = "Идеи (CSV)",
        ExportEvents = "Мероприятия и ответы (CSV)",
        ExportReport = "Отчёт для плана действий (страница и CSV)",
        ExportsNote = "Те же файлы, что присылают в чате команды /export и /export csv.",
        ChartMembersByLanguage = "Новые участники по неделям и языкам",
        ChartMembersByChannel = "Новые участники по неделям и каналам",
        ChartIdeasByTheme = "Идеи по неделям и темам",
        ChartIdeasByStatus = "Идеи по неделям и статусам",
        ChartSupports = "Голоса поддержки по неделям",
        ChartEventAnswers = "Ответы на мероприятия и число мест",
        ChartBroadcasts = "Итоги рассылок",
        StillQueued = "Ещё в очереди",
        Members = "Участники",
        Consented = "Дали согласие",
        AnnouncementSubscribers = "Объявления",
        DigestSubscribers = "Дайджест",
        Total = "Всего",
        MembersAndChannels = "Участники и каналы",
        ByChannel = "По каналам",
        ByLanguage = "По языкам",
        Channel = "Канал",
        LanguageColumn = "Язык",
        Charts = "Графики",
        Period = "Период",
        LastWeeks = n => $"Последние {Plural.Ru(n, "неделя", "недели", "недель")}",
        SkipToContent = "Перейти к содержанию",
        Menu = "Меню",
        Overview = "Обзор",
        Moderation = "Модерация",
        Ideas = "Идеи",
        Events = "Мероприятия",
        Announce = "Объявить",
        Report = "Отчёт",
        Exports = "Выгрузка",
        WaitingCount = n => $"Ждут рассмотрения: {n}",
        SubmittedBy = (name, channel, language) => $"{name} ({channel}, {language})",
        Reports = n => $"Жалобы: {n}",
        ApproveIdea = id => $"Одобрить #{id}",
        RejectReason = "Причина отклонения (её получит автор)",
        RejectIdea = id => $"Отклонить #{id}",
        FilterIdeas = "Поиск идей",
        Status = "Статус",
        AllStatuses = "Все статусы",
        Theme = "Тема",
        SearchWords = "Слова в названии или тексте",
        Show = "Показать",
        IdeasFound = n => $"Найдено идей: {n}",
        IdeaTitle = "Название",
        Supports = "Голоса поддержки",
        Submitted = "Подана",
        Pages = "Страницы",
        PageOf = (page, pages) => $"Страница {page} из {pages}",
        Author = "Автор",
        Place = "Место",
        ReachedCouncil = "Передана в думу",
        CouncilAnswer = "Решение думы",
        History = "История",
        ChangeStatus = "Изменить статус",
        NewStatus = "Новый статус",
        Comment = "Комментарий",
        CommentHelp = "Автор его получит. При отклонении причина обязательна, в остальных случаях комментарий по желанию.",
        Event = "Мероприятие",
        Starts = "Начало",
        Going = "Придут",
        Capacity = "Мест",
        Waiting = "В списке ожидания",
        Maybe = "Возможно",
        NotGoing = "Не придут",
        ComingEvents = "Предстоящие мероприятия",
        PastEvents = "Прошедшие мероприятия",
        NoEvents = "Мероприятий пока нет.",
        NewEventInChat = "Новое мероприятие создаётся в чате командой /newevent.",
        EventState = (e, now) => e.Status == EventStatus.Cancelled ? "Отменено" : e.StartsAt > now ? "Предстоит" : "Прошло",
        Answers = "Ответы",
        WhoIsComing = "Кто придёт",
        WaitingList = "Список ожидания",
        EditEvent = "Изменить мероприятие",
        CityTime = "По местному времени.",
        CapacityHelp = "Оставь пустым, если число мест не ограничено.",
        SaveEvent = "Сохранить изменения",
        CancelEvent = "Отменить мероприятие",
        CancelConfirm = "Да, отменить мероприятие и сообщить всем, кто ответил «Приду» или «Возможно»",
        CancelNeedsConfirm = "Чтобы отменить мероприятие, отметь, что ты действительно этого хочешь.",
        AnnouncementText = "Текст объявления",
        TextHelp = max => $"Не больше {Plural.Ru(max, "символа", "символов", "символов")}.",
        AnnouncementPhoto = "Фото (необязательно)",
        PhotoHelp = "JPEG или PNG, до 5 МБ; ширина и высота вместе — до 10000 пикселей.",
        PhotoKept = "Загруженное фото будет приложено. Выбери другое, чтобы заменить его.",
        PhotoRefused = "Фото должно быть файлом JPEG или PNG до 5 МБ.",
        PhotoUnreadable = "Не удалось прочитать фото: файл повреждён или обрезан. Сохрани его заново как JPEG или PNG и загрузи ещё раз.",
        PhotoTooManyPixels = (width, height, max) =>
            $"Фото размером {width} × {height} пикселей слишком большое для Telegram: ширина и высота вместе должны быть не больше {Plural.Ru(max, "пикселя", "пикселей", "пикселей")}. Уменьши его и загрузи ещё раз.",
        PhotoTooElongated = (width, height, ratio) =>
            $"Фото размером {width} × {height} пикселей слишком вытянутое для Telegram: одна сторона может быть длиннее другой не больше чем в {ratio} раз. Обрежь его и загрузи ещё раз.",
        Audience = "Кому отправить",
        Preview = "Предпросмотр",
        GoesTo = audience => $"Кому: {audience}",
        ChangeAnnouncement = "Изменить объявление",
        BroadcastTitle = id => $"Рассылка #{id}",
        BroadcastSending = "Отправляется…",
        BroadcastDone = "Готово.",
        BroadcastProgress = (done, all) => $"Обработано {done} из {all}.",
        Deliveries = "Доставка",
        Queued = "Всего в очереди",
        Sent = "Отправлено",
        Unreachable = "Недоступны",
        Failed = "Ошибки",
        Skipped = "Пропущены",
        FailureReasons = "Почему не удалось отправить сообщения",
        FailedWith = (channel, reason, count) => $"{channel}: {reason} — {Plural.Ru(count, "сообщение", "сообщения", "сообщений")}",
        OtherFailures = count => $"Другие причины — {Plural.Ru(count, "сообщение", "сообщения", "сообщений")}",
        NoReasonRecorded = "причина не записана",
        RefreshesItself = seconds => $"Числа обновляются автоматически раз в {Plural.Ru(seconds, "секунду", "секунды", "секунд")}.",
        NewAnnouncement = "Новое объявление",
    };

    private static readonly DashboardPhrases En = new()
    {
        Number = "No.",
        ChooseStatus = "Choose the new status.",
        AlreadySent = "This announcement has already been sent today: here is how it is going.",
        BroadcastNotFound = "There is no such broadcast.",
        ChooseAudience = "Choose who to send it to.",
        ReportTitle = "Action-plan report",
        From = "From",
        To = "To",
        ReportBadPeriod = years => $"Choose a period of at most {Plural.En(years, "year")} that does not end before it starts.",
        DownloadCsv = "Download CSV",
        PrintHint = "To print, use your browser’s print (Ctrl+P).",
        ReportPeriod = (from, to) => $"Period: {from} – {to}",
        Suppression = "Counts under 5 are shown as “< 5”, so no one can be singled out.",
        Participation = "Participation",
        Participants = "Participants",
        FirstTimeParticipants = "First-time among them",
        IdeasSubmitted = "Ideas submitted",
        ParticipantsMeaning = "A participant is someone who, in the period, submitted or supported an idea, replied to an event invitation or voted in a poll.",
        IdeasByThemeAndStatus = "Ideas by theme and status",
        Council = "The council",
        ReachedCouncilCount = n => $"Ideas that gathered enough support: {n}",
        CouncilAnswers = "Ideas put to the council, and its decisions",
        Awaiting = "Awaiting a decision",
        NoneInPeriod = "None in this period.",
        YouSaidWeDid = "You said, we did",
        Cancelled = "Cancelled",
        ExportWorkbook = "Ideas, their history and events (Excel)",
        ExportIdeas = "Ideas (CSV)",
        ExportEvents = "Events and answers (CSV)",
        ExportReport = "The action-plan report (page and CSV)",
        ExportsNote = "The same files as /export and /export csv send in the chat.",
        ChartMembersByLanguage = "New members per week, by language",
        ChartMembersByChannel = "New members per week, by channel",
        ChartIdeasByTheme = "Ideas per week, by theme",
        ChartIdeasByStatus = "Ideas per week, by status",
        ChartSupports = "Votes of support per week",
        ChartEventAnswers = "Event answers against places",
        ChartBroadcasts = "What became of the broadcasts",
        StillQueued = "Still queued",
        Members = "Members",
        Consented = "Consented",
        AnnouncementSubscribers = "Announcements",
        DigestSubscribers = "Digest",
        Total = "Total",
        MembersAndChannels = "Members and channels",
        ByChannel = "By channel",
        ByLanguage = "By language",
        Channel = "Channel",
        LanguageColumn = "Language",
        Charts = "Charts",
        Period = "Period",
        LastWeeks = n => $"Last {Plural.En(n, "week")}",
        SkipToContent = "Skip to content",
        Menu = "Menu",
        Overview = "Overview",
        Moderation = "Moderation",
        Ideas = "Ideas",
        Events = "Events",
        Announce = "Announce",
        Report = "Report",
        Exports = "Exports",
        WaitingCount = n => $"Waiting for review: {n}",
        SubmittedBy = (name, channel, language) => $"{name} ({channel}, {language})",
        Reports = n => $"Reports: {n}",
        ApproveIdea = id => $"Approve #{id}",
        RejectReason = "Reason for rejecting (the author is sent it)",
        RejectIdea = id => $"Reject #{id}",
        FilterIdeas = "Find ideas",
        Status = "Status",
        AllStatuses = "All statuses",
        Theme = "Theme",
        SearchWords = "Words in the title or text",
        Show = "Show",
        IdeasFound = n => n == 1 ? "1 idea found" : $"{n} ideas found",
        IdeaTitle = "Title",
        Supports = "Votes of support",
        Submitted = "Submitted",
        Pages = "Pages",
        PageOf = (page, pages) => $"Page {page} of {pages}",
        Author = "Author",
        Place = "Place",
        ReachedCouncil = "Passed to the council",
        CouncilAnswer = "The council’s decision",
        History = "History",
        ChangeStatus = "Change status",
        NewStatus = "New status",
        Comment = "Comment",
        CommentHelp = "The author is sent it. A rejection needs a reason; otherwise a comment is optional.",
        Event = "Event",
        Starts = "Starts",
        Going = "Going",
        Capacity = "Places",
        Waiting = "Waiting list",
        Maybe = "Maybe",
        NotGoing = "Not going",
        ComingEvents = "Upcoming events",
        PastEvents = "Past events",
        NoEvents = "No events yet.",
        NewEventInChat = "New events are made in the chat with /newevent.",
        EventState = (e, now) => e.Status == EventStatus.Cancelled ? "Cancelled" : e.StartsAt > now ? "Upcoming" : "Past",
        Answers = "Answers",
        WhoIsComing = "Who is coming",
        WaitingList = "Waiting list",
        EditEvent = "Edit the event",
        CityTime = "Local time.",
        CapacityHelp = "Leave empty for no limit.",
        SaveEvent = "Save changes",
        CancelEvent = "Cancel the event",
        CancelConfirm = "Yes, cancel the event and tell everyone who answered Going or Maybe",
        CancelNeedsConfirm = "To cancel the event, tick that you really mean it.",
        AnnouncementText = "Announcement text",
        TextHelp = max => $"Up to {Plural.En(max, "character")}.",
        AnnouncementPhoto = "Photo (optional)",
        PhotoHelp = "JPEG or PNG, up to 5 MB, its width and height together up to 10000 pixels.",
        PhotoKept = "The uploaded photo goes with it. Choose another to replace it.",
        PhotoRefused = "The photo must be a JPEG or PNG file of up to 5 MB.",
        PhotoUnreadable = "The photo cannot be read: its file is damaged or incomplete. Save it again as JPEG or PNG and upload it again.",
        PhotoTooManyPixels = (width, height, max) =>
            $"The photo is {width} × {height} pixels, too large for Telegram: its width and height together may be at most {Plural.En(max, "pixel")}. Make it smaller and upload it again.",
        PhotoTooElongated = (width, height, ratio) =>
            $"The photo is {width} × {height} pixels, too long and narrow for Telegram: one side may be at most {ratio} times as long as the other. Crop it and upload it again.",
        Audience = "Send to",
        Preview = "Preview",
        GoesTo = audience => $"To: {audience}",
        ChangeAnnouncement = "Change the announcement",
        BroadcastTitle = id => $"Broadcast #{id}",
        BroadcastSending = "Sending…",
        BroadcastDone = "Done.",
        BroadcastProgress = (done, all) => $"{done} of {all} handled.",
        Deliveries = "Deliveries",
        Queued = "Total queued",
        Sent = "Sent",
        Unreachable = "Unreachable",
        Failed = "Failed",
        Skipped = "Skipped",
        FailureReasons = "Why messages failed",
        FailedWith = (channel, reason, count) => $"{channel}: {reason} — {Plural.En(count, "message")}",
        OtherFailures = count => $"Other reasons — {Plural.En(count, "message")}",
        NoReasonRecorded = "no reason recorded",
        RefreshesItself = seconds => $"The figures update themselves every {Plural.En(seconds, "second")}.",
        NewAnnouncement = "New announcement",
    };

    public required string SkipToContent { get; init; }

    public required string Menu { get; init; }

    public required string Overview { get; init; }

    public required string Moderation { get; init; }

    public required string Ideas { get; init; }

    public required string Events { get; init; }

    public required string Announce { get; init; }

    public required string Report { get; init; }

    public required string Exports { get; init; }

    public required Func<int, string> WaitingCount { get; init; }

    public required Func<string, string, string, string> SubmittedBy { get; init; }

    public required Func<int, string> Reports { get; init; }

    public required Func<long, string> ApproveIdea { get; init; }

    public required string RejectReason { get; init; }

    public required Func<long, string> RejectIdea { get; init; }

    public required string FilterIdeas { get; init; }

    public required string Status { get; init; }

    public required string AllStatuses { get; init; }

    public required string Theme { get; init; }

    public required string SearchWords { get; init; }

    public required string Show { get; init; }

    public required Func<int, string> IdeasFound { get; init; }

    public required string IdeaTitle { get; init; }

    public required string Supports { get; init; }

    public required string Submitted { get; init; }

    public required string Pages { get; init; }

    public required Func<int, int, string> PageOf { get; init; }

    public required string Author { get; init; }

    public required string Place { get; init; }

    public required string ReachedCouncil { get; init; }

    public required string CouncilAnswer { get; init; }

    public required string History { get; init; }

    public required string ChangeStatus { get; init; }

    public required string NewStatus { get; init; }

    public required string Comment { get; init; }

    public required string CommentHelp { get; init; }

    public required string Event { get; init; }

    public required string Starts { get; init; }

    public required string Going { get; init; }

    public required string Capacity { get; init; }

    public required string Waiting { get; init; }

    public required string Maybe { get; init; }

    public required string NotGoing { get; init; }

    public required string ComingEvents { get; init; }

    public required string PastEvents { get; init; }

    public required string NoEvents { get; init; }

    public required string NewEventInChat { get; init; }

    public required Func<CityEvent, DateTimeOffset, string> EventState { get; init; }

    public required string Answers { get; init; }

    public required string WhoIsComing { get; init; }

    public required string WaitingList { get; init; }

    public required string EditEvent { get; init; }

    public required string CityTime { get; init; }

    public required string CapacityHelp { get; init; }

    public required string SaveEvent { get; init; }

    public required string CancelEvent { get; init; }

    public required string CancelConfirm { get; init; }

    public required string CancelNeedsConfirm { get; init; }

    public required string AnnouncementText { get; init; }

    public required Func<int, string> TextHelp { get; init; }

    public required string AnnouncementPhoto { get; init; }

    public required string PhotoHelp { get; init; }

    public required string PhotoKept { get; init; }

    public required string PhotoRefused { get; init; }

    public required string PhotoUnreadable { get; init; }

    /// <summary>A photo too large in pixels: its width, height, and the most the two may add up to.</summary>
    public required Func<int, int, int, string> PhotoTooManyPixels { get; init; }

    /// <summary>A photo too long and narrow: its width, height, and how many times one side may be the other.</summary>
    public required Func<int, int, int, string> PhotoTooElongated { get; init; }

    public required string Audience { get; init; }

    public required string Preview { get; init; }

    public required Func<string, string> GoesTo { get; init; }

    public required string ChangeAnnouncement { get; init; }

    public required Func<long, string> BroadcastTitle { get; init; }

    public required string BroadcastSending { get; init; }

    public required string BroadcastDone { get; init; }

    public required Func<int, int, string> BroadcastProgress { get; init; }

    public required string Deliveries { get; init; }

    public required string Queued { get; init; }

    public required string Sent { get; init; }

    public required string Unreachable { get; init; }

    public required string Failed { get; init; }

    public required string Skipped { get; init; }

    public required string FailureReasons { get; init; }

    /// <summary>One reason a broadcast's messages failed: the channel, the platform's words, how many messages.</summary>
    public required Func<string, string, int, string> FailedWith { get; init; }

    public required Func<int, string> OtherFailures { get; init; }

    public required string NoReasonRecorded { get; init; }

    public required Func<int, string> RefreshesItself { get; init; }

    public required string NewAnnouncement { get; init; }

    public required string ChartMembersByLanguage { get; init; }

    public required string ChartMembersByChannel { get; init; }

    public required string ChartIdeasByTheme { get; init; }

    public required string ChartIdeasByStatus { get; init; }

    public required string ChartSupports { get; init; }

    public required string ChartEventAnswers { get; init; }

    public required string ChartBroadcasts { get; init; }

    public required string StillQueued { get; init; }

    public required string Members { get; init; }

    public required string Consented { get; init; }

    public required string AnnouncementSubscribers { get; init; }

    public required string DigestSubscribers { get; init; }

    public required string Total { get; init; }

    public required string MembersAndChannels { get; init; }

    public required string ByChannel { get; init; }

    public required string ByLanguage { get; init; }

    public required string Channel { get; init; }

    public required string LanguageColumn { get; init; }

    public required string Charts { get; init; }

    public required string Period { get; init; }

    public required Func<int, string> LastWeeks { get; init; }

    public required string ReportTitle { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required Func<int, string> ReportBadPeriod { get; init; }

    public required string DownloadCsv { get; init; }

    public required string PrintHint { get; init; }

    public required Func<string, string, string> ReportPeriod { get; init; }

    public required string Suppression { get; init; }

    public required string Participation { get; init; }

    public required string Participants { get; init; }

    public required string FirstTimeParticipants { get; init; }

    public required string IdeasSubmitted { get; init; }

    public required string ParticipantsMeaning { get; init; }

    public required string IdeasByThemeAndStatus { get; init; }

    public required string Council { get; init; }

    public required Func<string, string> ReachedCouncilCount { get; init; }

    public required string CouncilAnswers { get; init; }

    public required string Awaiting { get; init; }

    public required string NoneInPeriod { get; init; }

    public required string YouSaidWeDid { get; init; }

    public required string Cancelled { get; init; }

    public required string ExportWorkbook { get; init; }

    public required string ExportIdeas { get; init; }

    public required string ExportEvents { get; init; }

    public required string ExportReport { get; init; }

    public required string ExportsNote { get; init; }

    public required string BroadcastNotFound { get; init; }

    public required string ChooseAudience { get; init; }

    public required string AlreadySent { get; init; }

    public required string ChooseStatus { get; init; }

    public required string Number { get; init; }

    public static DashboardPhrases For(Language language) => language switch
    {
        Language.Lv => Lv,
        Language.Ru => Ru,
        _ => En,
    };
}
