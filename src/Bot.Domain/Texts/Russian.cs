using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

internal static class Russian
{
    /// <summary>"31 февраля не бывает": the months in the genitive.</summary>
    private static readonly string[] MonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>After "не больше": "121 символа", "120 символов".</summary>
    private static string Characters(int count) => Plural.Ru(count, "символа", "символов", "символов");

    /// <summary>After "не дольше": "21 дня", "30 дней".</summary>
    private static string DaysGenitive(int count) => Plural.Ru(count, "дня", "дней", "дней");

    public static readonly Phrasebook Phrases = new()
    {
        Language = Language.Ru,

        LanguageSet = name => $"Язык: {name} ✓",
        LanguageName = language => language switch
        {
            Language.Lv => "латышский",
            Language.Ru => "русский",
            _ => "английский",
        },
        PrivacySummary = p => $"""
            🔒 <b>Прежде чем начать: твои данные</b>
            {p.Organisation} ведёт этого бота, чтобы собирать идеи молодёжи для города и приглашать тебя на мероприятия. С твоего согласия бот хранит идентификатор и имя твоего аккаунта, язык, настройки и то, что ты здесь отправляешь. Одобренные идеи видны всем, имя — только координаторам.
            Согласие можно отозвать в любой момент: /forgetme удалит твои данные, /mydata покажет их.

            Полное уведомление (контакты, сроки, твои права): нажми «Подробнее» или отправь /privacy.
            Соглашаясь, ты подтверждаешь, что тебе не меньше {Plural.Ru(p.MinimumAge, "года", "лет", "лет")}. Даёшь согласие?
            """,
        PrivacyFull = p => $"""
            🔒 <b>Уведомление о защите данных</b>

            <b>Кто отвечает</b>
            Контролёр данных: {p.Organisation}, {p.ControllerContact}.
            Специалист по защите данных: {p.DpoContact}.

            <b>Для чего</b>
            Чтобы собирать идеи молодёжи для города и рассказывать тем, кто за ними следит, что с ними происходит; задавать короткие вопросы (опросы) и подсчитывать ответы; приглашать тебя на мероприятия и сохранять за тобой место; присылать объявления и еженедельный дайджест (после согласия они включены; отключить можно в /settings); защищать бота от злоупотреблений.

            <b>Правовое основание</b>
            Твоё согласие (статья 6(1)(a) GDPR). Его можно отозвать в любой момент командой /forgetme; то, что было сделано до этого, остаётся законным. Участие добровольное; бот предназначен для тех, кому не меньше {Plural.Ru(p.MinimumAge, "года", "лет", "лет")}.

            <b>Что хранится</b>
            • идентификатор твоего аккаунта и чата в этом мессенджере, а после согласия и твоё имя, как его показывает мессенджер (и имя пользователя, если оно есть); язык и настройки, время, когда дано согласие, и время твоего последнего сообщения;
            • твои идеи (название, описание, тема, фото и место, если ты его укажешь: точка, округлённая примерно до 100 м, или название места), комментарии и решения координаторов по ним;
            • идеи, которые ты поддерживаешь, за которыми следишь или на которые жалуешься (с выбранной причиной);
            • твои голоса в опросах;
            • твои ответы на мероприятия, место в списке ожидания и отправленные тебе напоминания;
            • незаконченный черновик (например, идеи);
            • технические записи: идентификаторы и время твоих сообщений, а также сообщения тебе — до доставки, после неё только их время и статус.
            Никогда — твой номер телефона или контакты и никогда — где ты находишься: геопозиция только если ты сам пришлёшь её для идеи.

            <b>Кто это видит</b>
            Координаторы города видят все идеи (в том числе неодобренные), жалобы и ответы на мероприятия, а рядом с твоими идеями и ответами — твоё имя; другие твоё имя не видят. Все идеи попадают в выгрузки координаторов, без имён. Одобренные идеи видны всем пользователям бота и могут быть переданы в городскую думу. Telegram и Meta (Facebook Messenger) обрабатывают сообщения как самостоятельные контролёры по своим правилам конфиденциальности, в том числе за пределами ЕС. Никакие решения о тебе не принимаются только автоматически.

            <b>Как долго</b>
            Твой аккаунт и присланное тобой: пока ты не удалишь их командой /forgetme. Технические записи о сообщениях и незаконченные черновики: не дольше {DaysGenitive(p.RetentionDays)}. Без согласия: идентификаторы аккаунта и чата, язык, этот ответ и технические записи о твоих сообщениях — не дольше {DaysGenitive(p.RetentionDays)} после твоего последнего сообщения. Файлы, подготовленные для тебя (/mydata): один день.

            <b>Твои права</b>
            • доступ: /mydata пришлёт всё, что о тебе хранится;
            • исправление: язык и настройки меняются в /settings; по остальному пиши специалисту по защите данных;
            • удаление: /forgetme удалит твой аккаунт, настройки, голоса поддержки, идеи, за которыми следишь, жалобы, голоса в опросах, ответы, черновики, ещё не опубликованные идеи и сохранённые для тебя сообщения; опубликованные идеи останутся, но больше не будут связаны с тобой;
            • ограничение обработки: пиши специалисту по защите данных;
            • переносимость: /mydata пришлёт твои данные в машиночитаемом файле JSON;
            • жалоба в надзорный орган: {p.SupervisoryAuthority}.
            """,
        Accept = "✅ Даю согласие",
        Decline = "Нет, спасибо",
        ReadMore = "📄 Подробнее",
        Welcome = """
            Спасибо и добро пожаловать! 🎉
            Ты будешь получать объявления и еженедельный дайджест; это можно изменить в любой момент в /settings.
            Отправь /help, чтобы увидеть всё, что я умею.
            """,
        WelcomeBack = "С возвращением! 👋",
        MessengerWindowNote = "В Messenger я могу присылать тебе новости только в течение суток после твоего последнего сообщения; дайджест недели в любой момент покажет /digest.",
        DeclinedInfo = days => $"Без согласия я храню о тебе только идентификаторы аккаунта и чата, язык, этот ответ и технические записи о твоих сообщениях — не дольше {DaysGenitive(days)} после твоего последнего сообщения. Если передумаешь, отправь /start.",
        ReadNoticeAgain = "🔒 Прочитать ещё раз",
        AlreadyAccepted = "Согласие уже получено. 👍",

        MenuPrompt = "Что хочешь сделать?",
        HelpIntro = "Вот что я умею:",
        HelpCoordinatorsHeader = "Для координаторов:",
        CmdStart = "Начать сначала: язык, данные, меню",
        CmdHelp = "Что я умею",
        CmdLanguage = "Сменить язык",
        CmdSettings = "Выбрать, что получать",
        CmdCancel = "Прервать начатое",
        CmdPrivacy = "Уведомление о защите данных: что хранится и твои права",
        MenuSettings = "⚙️ Настройки",
        MenuLanguage = "🌐 Язык",
        MenuHelp = "❓ Помощь",
        MenuPrivacy = "🔒 Защита данных",

        CmdIdea = "Предложить идею городу",
        CmdIdeas = "Одобренные идеи; поддержи лучшие",
        CmdMyIdeas = "Мои идеи и их статус",
        CmdPending = "Идеи, ждущие рассмотрения",
        CmdExport = "Идеи и мероприятия в таблице",
        MenuIdea = "💡 Новая идея",
        MenuIdeas = "📋 Идеи",
        MenuMyIdeas = "🗂 Мои идеи",
        MenuPending = "🛡 Модерация",

        IdeaAskTitle = max => $"💡 Запишем твою идею! Сначала короткое название (не больше {Characters(max)}):",
        IdeaAskDescription = max => $"Теперь опиши её: что изменить, где и зачем? (не больше {Characters(max)})",
        IdeaAskTheme = "К какой теме она подходит лучше всего?",
        IdeaAskPhoto = "Если есть фото, пришли его (необязательно) или нажми «Пропустить».",
        IdeaAskNewPhoto = "Пришли новое фото или оставь либо убери добавленное.",
        KeepPhoto = "Оставить фото",
        RemovePhoto = "Убрать фото",
        EditCurrent = value => $"Сейчас: {value}",
        KeepAsIs = "Оставить как есть",
        IdeaPreviewHeader = "Вот твоя идея:",
        IdeaPreviewPhoto = "📷 с фото",
        IdeaPreviewQuestion = "Отправить её городу?",
        IdeaSubmit = "✅ Отправить",
        Edit = "✏️ Изменить",
        EditWhich = "Что хочешь изменить?",
        FlowStepLost = "Бот обновился, и я не помню, на каком шаге мы остановились. Всё написанное сохранено: продолжим отсюда.",
        FieldTitle = "Название",
        FieldDescription = "Описание",
        IdeaFieldTheme = "Тему",
        IdeaFieldPhoto = "Фото",
        IdeaAskPlace = "📍 Где это? Пришли геопозицию (📎 → Геопозиция), напиши место (улицу, парк, адрес) или нажми «Пропустить».",
        IdeaAskPlaceTyped = "📍 Где это? Напиши место (улицу, парк, адрес) или нажми «Пропустить».",
        InputNeedsPlace = "Пришли, пожалуйста, геопозицию или напиши место, или нажми «Пропустить».",
        IdeaFieldPlace = "Место",
        IdeaAskDistrict = "В какой части города это?",
        IdeaFieldDistrict = "Район",
        Back = "◀ Назад",
        IdeaReceived = number => $"🎉 Идея #{number} получена! Координатор рассмотрит её, обычно в течение нескольких дней. Когда её рассмотрят, ты получишь сообщение здесь; следить за ней можно через /myideas.",
        IdeaAlreadyReceived = number => $"Идея #{number} уже получена. 👍",
        IdeaLimitReached = limit => $"Лимит исчерпан: не больше {Plural.Ru(limit, "идеи", "идей", "идей")} за 24 часа. Спасибо! Следующую идею можно будет отправить чуть позже.",

        InputEmpty = "Здесь ничего не написано — напиши, пожалуйста, хотя бы несколько слов.",
        InputTooLong = (length, max) => $"Слишком длинно ({length}/{max}). Пожалуйста, сократи.",
        InputNeedsText = "Здесь нужен текст.",
        InputNeedsPhoto = "Пришли, пожалуйста, фото или нажми «Пропустить».",
        InputNeedsTheme = "Пожалуйста, выбери тему кнопкой.",
        InputUseButtons = "Пожалуйста, воспользуйся кнопками под сообщением.",

        StatusSubmitted = "ждёт рассмотрения",
        StatusApproved = "одобрена",
        StatusRejected = "не принята",
        StatusInProgress = "в работе",
        StatusImplemented = "реализована",

        ModNewIdea = number => $"💡 Новая идея #{number}",
        ModAuthor = (who, channel, language) => $"Автор: {who} · {channel} · язык: {language}",
        NoName = id => $"без имени · ID {id}",
        AuthorErased = "данные удалены по просьбе автора",
        ModApprove = "✅ Одобрить",
        ModReject = "❌ Отклонить",
        ModInProgress = "🔧 Взять в работу",
        ModImplemented = "🏁 Завершить",
        ModRestore = "♻️ Восстановить",
        ModAskReason = number => $"Почему ты отклоняешь идею #{number}? Твоё объяснение получит автор.",
        ModAskComment = number => $"Добавь комментарий для автора идеи #{number} или нажми «Пропустить».",
        ModDone = (number, status) => $"Идея #{number}: {status} ✓",
        ModUnchanged = (number, status) => $"Статус идеи #{number} уже «{status}»; ничего не изменилось.",
        ModNotAllowed = (number, current, target) => $"Статус идеи #{number} — «{current}»; его нельзя сменить на «{target}».",
        ModRestored = number => $"Идея #{number} снова видна. ✓",
        ModNothingPending = "Ничего не ждёт рассмотрения. 🎉",
        ModPendingCount = count => $"Ждут рассмотрения: {count}",
        ModReadyForCouncil = (number, title, supports) => $"🏛 Идея #{number} «{title}» набрала {Plural.Ru(supports, "голос", "голоса", "голосов")} поддержки — её можно передавать в думу.",
        ModHiddenAfterReports = (number, title, reports) => $"⚠️ Идея #{number} «{title}» скрыта из-за жалоб ({Plural.Ru(reports, "жалоба", "жалобы", "жалоб")}). Пожалуйста, проверь её.",
        ModHiddenLabel = "🙈 скрыта из-за жалоб",

        AuthorApproved = (number, title) => $"🎉 Твоя идея #{number} «{title}» одобрена! Теперь другие могут увидеть и поддержать её в /ideas.",
        AuthorRejected = (number, title, reason) => $"Твоя идея #{number} «{title}» не принята. Комментарий координатора: {reason}",
        AuthorInProgress = (number, title) => $"🔧 Началась работа над твоей идеей #{number} «{title}»!",
        AuthorImplemented = (number, title) => $"🏁 Твоя идея #{number} «{title}» реализована! Спасибо, что делаешь город лучше.",

        IdeasEmpty = "Одобренных идей пока нет — предложи первую через /idea!",
        IdeasPage = (page, pages) => $"Страница {page} из {pages}",
        SortSupported = "👍 Популярные",
        SortNewest = "🆕 Новые",
        SortShuffled = "🎲 Вперемешку",
        FilterTheme = theme => $"🏷 {theme}",
        FilterAllThemes = "🏷 Все темы",
        FilterDistrict = district => $"📍 {district}",
        FilterAllDistricts = "📍 Все районы",
        IdeasWhichTheme = "Идеи какой темы показать?",
        IdeasWhichDistrict = "Идеи какого района показать?",
        IdeasNoneFiltered = "Таких идей пока нет. Выбери другую тему или район.",
        Next = "Дальше ▶",
        SupportLabel = count => $"👍 Поддержать · {count}",
        SupportedLabel = count => $"💚 Поддерживаю · {count}",
        ReportLabel = "⚠️ Пожаловаться",
        OwnIdea = "Это твоя идея — поддержать её или пожаловаться на неё нельзя.",
        ReportThanks = reason => $"Жалоба отправлена: {reason}. Спасибо! Координаторы проверят; они видят причину, но не того, кто пожаловался.",
        ReportWhy = (number, title) => $"Почему ты жалуешься на идею #{number} «{title}»?",
        ReportSpam = "Спам или реклама",
        ReportOffensive = "Оскорбительно",
        ReportOffTopic = "Не о городе",
        ReportOther = "Другое",
        ReportWithdraw = "↩️ Отозвать жалобу",
        ReportWithdrawn = number => $"Твоя жалоба на идею #{number} отозвана.",
        ReportNothingToWithdraw = "У тебя нет жалобы на эту идею.",
        ReportNotSent = "Хорошо, жалоба не отправлена.",
        ModReportReasons = reasons => $"Причины: {reasons}",
        ReportAlready = "Твоя жалоба на эту идею уже получена.",
        IdeaNotAvailable = "Эта идея больше недоступна.",
        MyIdeasEmpty = "У тебя пока нет идей. Отправь /idea, чтобы поделиться своей!",
        MyIdeasHeader = "Твои идеи:",
        ExportReady = (ideas, events) => $"📊 В таблице: {Plural.Ru(ideas, "идея", "идеи", "идей")} с историей и {Plural.Ru(events, "мероприятие", "мероприятия", "мероприятий")} с ответами. CSV-файлы для других программ: /export csv",
        ExportCsvIdeas = count => $"💡 CSV: {Plural.Ru(count, "идея", "идеи", "идей")}; UTF-8, значения разделены запятой (,), названия столбцов в первой строке, даты в формате ISO 8601 со смещением UTC города.",
        ExportCsvEvents = count => $"📅 CSV: {Plural.Ru(count, "мероприятие", "мероприятия", "мероприятий")} с ответами, в том же формате.",
        ExportEmpty = "Идей и мероприятий пока нет, выгружать нечего.",
        ExportHeaders = new Dictionary<string, string>
        {
            ["sheet:ideas"] = "Идеи",
            ["sheet:history"] = "История идей",
            ["sheet:events"] = "Мероприятия",
            ["id"] = "№",
            ["submitted"] = "Подана",
            ["status"] = "Статус",
            ["status_changed"] = "Статус изменён",
            ["theme"] = "Тема",
            ["title"] = "Название",
            ["description"] = "Описание",
            ["comment"] = "Комментарий координатора или причина",
            ["supports"] = "Поддержали",
            ["reports"] = "Жалобы",
            ["hidden"] = "Скрыта после жалоб",
            ["ready_for_council"] = "Готова для думы",
            ["author_channel"] = "Приложение автора",
            ["author_language"] = "Язык автора",
            ["latitude"] = "Широта",
            ["longitude"] = "Долгота",
            ["district"] = "Район",
            ["council_decision"] = "Решение думы",
            ["council_answer"] = "Ответ думы",
            ["idea_id"] = "№ идеи",
            ["idea_title"] = "Идея",
            ["changed"] = "Изменено",
            ["starts"] = "Начало",
            ["place"] = "Место",
            ["capacity"] = "Мест",
            ["going"] = "Придут",
            ["waiting"] = "В списке ожидания",
            ["maybe"] = "Возможно",
            ["not_going"] = "Не придут",
            ["created"] = "Создано",
        },
        ExportDateFormat = "dd.mm.yyyy hh:mm",
        ExportYes = "да",
        ExportNo = "нет",
        ExportEventPublished = "опубликовано",
        ExportEventCancelled = "отменено",

        CmdEvents = "Ближайшие мероприятия; скажи, придёшь ли",
        CmdNewEvent = "Создать мероприятие и пригласить всех",
        CmdAnnounce = "Отправить объявление",
        MenuEvents = "📅 Мероприятия",
        MenuNewEvent = "➕ Новое мероприятие",
        MenuAnnounce = "📣 Объявить",

        EventAskTitle = max => $"📅 Новое мероприятие. Как оно называется? (не больше {Characters(max)})",
        EventAskStart = (zone, example, iso) => $"Когда оно начинается? Напиши дату и время ({zone}), например {example} или {iso}.",
        EventAskPlace = max => $"Где оно пройдёт? (не больше {Characters(max)})",
        EventAskDescription = max => $"Что там будет и для кого это? (не больше {Characters(max)})",
        EventAskCapacity = "Сколько человек может прийти? Пришли число или нажми «Без ограничений».",
        NoLimit = "Без ограничений",
        EventPreviewHeader = "Вот мероприятие:",
        EventPreviewQuestion = "Опубликовать? Его получат все, кто подписан на объявления.",
        EventSaveQuestion = "Сохранить изменения? Все, кто ответил «Приду» или «Возможно», получат сообщение.",
        EventPublish = "📣 Опубликовать",
        EventSave = "💾 Сохранить",
        EventFieldStart = "Дату и время",
        EventFieldPlace = "Место",
        EventFieldCapacity = "Число мест",
        EventPublished = number => $"📣 Мероприятие #{number} опубликовано и отправляется подписчикам.",
        EventSaved = number => $"💾 Мероприятие #{number} сохранено.",
        InputBadDate = example => $"Не получается прочитать дату. Пожалуйста, напиши так: {example}.",
        InputNoSuchDate = (day, month, year) => $"{day} {MonthsGenitive[month - 1]} {year} года не бывает. Пожалуйста, проверь дату.",
        InputNoTime = "Пожалуйста, укажи и время, например 18:00.",
        InputTitleNeedsWords = "В названии нужно хотя бы одно слово или число, а не только эмодзи или знаки препинания.",
        InputPastDate = "Это время уже прошло. Пожалуйста, укажи дату и время в будущем.",
        InputNoSuchTime = "Такого времени нет — в эту ночь часы переводят вперёд. Укажи другое.",
        InputBadNumber = max => $"Пожалуйста, пришли целое число от 1 до {max} или нажми «Без ограничений».",

        EventPlaces = count => $"👥 Мест: {count}",
        EventPlacesFree = (capacity, free) => $"👥 Мест: {capacity} · свободно: {free}",
        EventPlacesFull = (capacity, waiting) => waiting == 0 ? $"👥 Мест: {capacity} · свободных мест нет" : $"👥 Мест: {capacity} · свободных мест нет · в очереди: {waiting}",
        RsvpOnWaitingList = position => $"⏳ Ты в списке ожидания: место в очереди — {position}.",
        RsvpWaitingLabel = position => $"⏳ Очередь: {position}",
        EventWhoIsComing = "👥 Кто придёт",
        AttendeesHeader = title => $"👥 Кто придёт на «{title}»",
        AttendeesGoing = count => $"✅ Придут: {count}",
        AttendeesWaiting = count => $"⏳ В списке ожидания: {count}",
        AttendeesMaybe = count => $"🤔 Возможно: {count}",
        AttendeesNotGoing = count => $"❌ Не придут: {count}",
        AttendeesNone = "Пока никто не ответил.",
        EventCancelledLabel = "🚫 Отменено",
        RsvpGoing = "✅ Приду",
        RsvpMaybe = "🤔 Возможно",
        RsvpNotGoing = "❌ Не приду",
        AddToCalendar = "🗓 В календарь",
        OpenInBot = "💬 Ответить в боте",
        RsvpSavedGoing = "До встречи! ✅",
        RsvpSavedMaybe = "Отмечено: возможно. 🤔",
        RsvpSavedNotGoing = "Спасибо за ответ.",
        RsvpWaitlisted = position => $"Все места заняты, поэтому ты в списке ожидания (место в очереди: {position}). Я сообщу, если место освободится.",
        RsvpPromoted = title => $"🎉 Освободилось место: ты идёшь на «{title}»!",
        EventOver = "Это мероприятие уже началось или закончилось.",
        EventNotFound = "Это мероприятие недоступно.",
        EventsEmpty = "Сейчас мероприятий не запланировано. Я сообщу, когда появится новое!",
        EventEdit = "✏️ Изменить",
        EventCancel = "🚫 Отменить",
        EventCancelConfirm = title => $"Отменить «{title}»? Все, кто ответил «Приду» или «Возможно», получат сообщение.",
        EventCancelYes = "Да, отменить",
        EventCancelNo = "Нет, оставить",
        EventKept = title => $"Хорошо, «{title}» остаётся в силе.",
        EventCancelledDone = number => $"🚫 Мероприятие #{number} отменено; всем, кто ответил «Приду» или «Возможно», отправляется сообщение.",
        EventChangedNotice = "✏️ Мероприятие изменилось — проверь детали:",
        EventEditing = (number, title) => $"✏️ Изменение мероприятия #{number} «{title}».",
        EventNothingChanged = "Пока ничего не изменено: выбери «Изменить», чтобы что-то поменять.",
        EventChangesHeader = "Что меняется:",
        EventChangeLine = (field, before, after) => $"• {field}: {before} → {after}",
        EventDescriptionChanged = "переписано",
        ChangeTitle = "Название",
        ChangeTime = "Время",
        ChangePlace = "Место",
        ChangeDescription = "Описание",
        ChangeCapacity = "Число мест",
        EventCancelledNotice = (title, when) => $"🚫 Мероприятие «{title}» ({when}) отменено. Извини!",
        Reminder = (title, relative, when, place) => $"⏰ Напоминание: <b>{title}</b> начинается {relative}.\n🕒 {when}\n📍 {place}",
        CalendarFileCaption = "🗓 Открой файл, чтобы добавить мероприятие в свой календарь.",

        Today = "сегодня",
        Tomorrow = "завтра",
        TodayAt = time => $"сегодня в {time}",
        TomorrowAt = time => $"завтра в {time}",
        InDays = days => $"через {Plural.Ru(days, "день", "дня", "дней")}",
        InHours = hours => $"через {Plural.Ru(hours, "час", "часа", "часов")}",
        InMinutes = minutes => $"через {Plural.Ru(minutes, "минуту", "минуты", "минут")}",

        AnnounceAskText = max => $"📣 Напиши объявление (не больше {Characters(max)}):",
        AnnounceAskPhoto = "Добавь фото (необязательно) или нажми «Пропустить».",
        AnnounceAskAudience = "Кому его отправить?",
        AudienceSubscribers = count => $"Подписчикам ({count})",
        AudienceEvent = (title, count) => $"📅 {title} ({count})",
        AnnouncePreview = audience => $"— Кому: {audience}. Отправить?",
        AnnounceSend = "📣 Отправить",
        AnnounceQueued = count => $"📣 Отправляю; получателей: {count}. О ходе рассылки сообщу здесь.",
        AnnounceNobody = "В этой группе получателей пока никого нет.",
        BroadcastProgress = (sent, total, unreachable) => $"📣 Отправка: отправлено {sent} из {total} · недоступны: {unreachable}",
        BroadcastDone = (sent, unreachable, failed, skipped) => $"✅ Готово: отправлено {sent} · недоступны {unreachable} · ошибки {failed} · пропущены {skipped}",
        CrossPostFailed = target => $"⚠️ Не удалось опубликовать {target}; попробую ещё раз. Причина:",
        CrossPostGaveUp = target => $"⚠️ Не удалось опубликовать {target}, больше пробовать не буду; опубликуй, пожалуйста, вручную. Причина:",
        TelegramChannelName = "в Telegram-канале",
        FacebookPageName = "на странице Facebook",

        KindAnnouncement = "объявление",
        KindEventPublished = "новое мероприятие",
        KindEventChanged = "изменение мероприятия",
        KindEventCancelled = "отмена мероприятия",
        KindDigest = "дайджест недели",

        CmdMyData = "Все данные о тебе (файл JSON)",
        CmdForgetMe = "Удалить всё о тебе",
        MyDataReady = "📦 Вот всё, что этот бот хранит о тебе.",
        ForgetMeConfirm = "🗑 Точно удалить всё о тебе? Удалятся твои настройки, голоса поддержки, подписки на идеи, жалобы, голоса в опросах, ответы на мероприятия, черновики, неопубликованные идеи и сохранённые для тебя сообщения. Опубликованные идеи останутся, но больше не будут связаны с тобой. Отменить это нельзя.",
        ForgetMeYes = "🗑 Да, удалить всё",
        ForgetMeNo = "Нет, оставить",
        ForgetMeDone = "✅ Всё о тебе удалено. Захочешь вернуться — напиши /start.",
        ForgetMeKept = "👍 Ничего не удалено.",
        FloodWarning = "🐢 Помедленнее, пожалуйста! Ты пишешь очень быстро, поэтому какое-то время я не буду отвечать.",
        GroupRedirect = "👋 Здесь я не отвечаю. Напиши мне в личные сообщения: нажми на моё имя и «Запустить» (Start).",

        CmdDigest = "Дайджест недели: идеи, изменения, мероприятия",
        MenuDigest = "🗞 Дайджест",
        DigestTitle = (from, to) => $"🗞 <b>Дайджест недели</b> · {from}–{to}",
        DigestApprovedHeader = "💡 <b>Новые идеи, которые можно поддержать</b>",
        DigestIdeaLine = (id, title, supports) => $"#{id} {title} · 👍 {supports}",
        DigestChangedHeader = "🔧 <b>Что происходит с идеями</b>",
        DigestChangeLine = (id, title, status) => $"#{id} {title} → {status}",
        DigestComment = comment => $"   💬 {comment}",
        DigestEventsHeader = "📅 <b>Ближайшие две недели</b>",
        DigestEventLine = (title, when, relative) => $"• {title} · {when} ({relative})",
        DigestFigures = (ideas, supports, people) => $"📊 За неделю: {Plural.Ru(ideas, "новая идея", "новые идеи", "новых идей")} · {Plural.Ru(supports, "голос поддержки", "голоса поддержки", "голосов поддержки")} · {Plural.Ru(people, "участник", "участника", "участников")}",
        DigestOpenIdea = id => $"💡 #{id}",
        DigestOpenEvent = title => $"📅 {title}",
        DigestNothingNew = "🗞 За неделю новостей нет. Предложи свою идею: /idea!",
        DigestPreview = when => $"👀 Предпросмотр: следующий дайджест в нынешнем виде; подписчики получат его со всем, что произойдёт до отправки. Время отправки: {when}.",

        SettingsTitle = "⚙️ <b>Настройки</b>",
        SettingsHint = "Нажми кнопку, чтобы включить или выключить.",
        SettingAnnouncements = "Объявления",
        SettingDigest = "Дайджест недели",
        SettingIdeaNews = "Новости идей",

        DraftIdea = title => $"идея «{title}»",
        DraftEvent = title => $"мероприятие «{title}»",
        DraftAnnouncement = text => $"объявление «{text}»",
        DraftModerationNote = number => $"комментарий к идее #{number}",
        DraftPending = draft => $"📝 У тебя есть незаконченный черновик: {draft}. Продолжить с того места или начать заново? (/cancel удалит его.)",
        DraftContinue = "▶ Продолжить",
        DraftStartOver = "🔄 Начать заново",
        DraftDiscard = "🗑 Удалить",
        DraftDiscarded = "Черновик удалён.",

        Skip = "Пропустить",
        CancelLabel = "✖️ Отменить",
        Cancelled = "Отменено.",
        NothingToCancel = "Нечего отменять.",
        UnknownText = "Извини, не получилось разобрать сообщение. Выбери пункт меню или отправь /help.",
        UnknownCommand = command => $"Команда /{command} мне незнакома. Отправь /help, чтобы увидеть доступные.",
        Unsupported = "Здесь я понимаю текст и кнопки (и фото, если добавляешь его к идее). Отправь /help, чтобы увидеть, что я умею.",
        CoordinatorsOnly = "Это доступно только координаторам города.",
        StaleButton = "Эта кнопка больше не действует. Вот меню.",
        SomethingWentWrong = "Извини, у меня что-то пошло не так. Попробуй ещё раз чуть позже.",
    };
}
