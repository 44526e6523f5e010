using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

internal static class Russian
{
    public static readonly Phrasebook Phrases = new()
    {
        Language = Language.Ru,

        LanguageSet = name => $"Язык: {name} ✓",
        PrivacyNotice = organisation => $"""
            🔒 <b>Прежде чем начать: о твоих данных</b>
            Этого бота ведёт {organisation}. Он собирает идеи молодёжи для города и приглашает на встречи.

            <b>Что мы храним:</b> идентификатор твоего аккаунта в этом мессенджере, язык и настройки; когда ты участвуешь — ещё твои идеи, голоса поддержки и ответы. Никогда — номер телефона или контакты.
            <b>Зачем:</b> чтобы отвечать тебе, сообщать, что происходит с твоими идеями, и присылать выбранные тобой новости.
            <b>Как долго:</b> пока ты пользуешься ботом. В любой момент можно попросить всё удалить.

            Принимаешь?
            """,
        Accept = "✅ Принимаю",
        Decline = "Нет, спасибо",
        Welcome = """
            Спасибо и добро пожаловать! 🎉
            Ты будешь получать объявления и еженедельный дайджест; это можно изменить в любой момент в /settings.
            Отправь /help, чтобы увидеть всё, что я умею.
            """,
        WelcomeBack = "Рады видеть тебя снова! 👋",
        DeclinedInfo = "Без согласия я не храню о тебе ничего, кроме идентификатора чата и языка. Если передумаешь, отправь /start.",
        ReadNoticeAgain = "🔒 Прочитать ещё раз",
        AlreadyAccepted = "Уведомление о данных уже принято. 👍",

        MenuPrompt = "Что хочешь сделать?",
        HelpIntro = "Вот что я умею:",
        HelpCoordinatorsHeader = "Для координаторов:",
        CmdStart = "Начать сначала: язык, данные, меню",
        CmdHelp = "Что я умею",
        CmdLanguage = "Сменить язык",
        CmdSettings = "Выбрать, что получать",
        CmdCancel = "Прервать начатое",
        MenuSettings = "⚙️ Настройки",
        MenuLanguage = "🌐 Язык",
        MenuHelp = "❓ Помощь",

        CmdIdea = "Предложить идею городу",
        CmdIdeas = "Одобренные идеи; поддержи лучшие",
        CmdMyIdeas = "Мои идеи и их статус",
        CmdPending = "Идеи, ждущие рассмотрения",
        CmdExport = "Все идеи в CSV-файле",
        MenuIdea = "💡 Новая идея",
        MenuIdeas = "📋 Идеи",
        MenuMyIdeas = "🗂 Мои идеи",
        MenuPending = "🛡 На рассмотрение",

        IdeaAskTitle = max => $"💡 Запишем твою идею! Сначала короткое название (не больше {max} символов):",
        IdeaAskDescription = max => $"Теперь опиши её: что изменить, где и зачем? (не больше {max} символов)",
        IdeaAskTheme = "К какой теме она подходит лучше всего?",
        IdeaAskPhoto = "Если есть фото, пришли его (необязательно) или нажми «Пропустить».",
        IdeaPreviewHeader = "Вот твоя идея:",
        IdeaPreviewPhoto = "📷 с фото",
        IdeaPreviewQuestion = "Отправить её городу?",
        IdeaSubmit = "✅ Отправить",
        IdeaEdit = "✏️ Изменить",
        IdeaEditWhich = "Что хочешь изменить?",
        IdeaFieldTitle = "Название",
        IdeaFieldDescription = "Описание",
        IdeaFieldTheme = "Тему",
        IdeaFieldPhoto = "Фото",
        Back = "◀ Назад",
        IdeaReceived = number => $"🎉 Идея #{number} получена! Координатор рассмотрит её, обычно в течение нескольких дней. Когда её одобрят, ты получишь сообщение здесь; следить за ней можно через /myideas.",
        IdeaAlreadyReceived = number => $"Идея #{number} уже получена. 👍",
        IdeaLimitReached = limit => $"Лимит идей на сутки ({limit}) исчерпан — спасибо! Следующую идею можно будет отправить завтра.",

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
        ModAuthor = (channel, language) => $"Автор: пользователь {channel}, язык: {language}",
        ModApprove = "✅ Одобрить",
        ModReject = "❌ Отклонить",
        ModInProgress = "🔧 В работе",
        ModImplemented = "🏁 Реализована",
        ModRestore = "♻️ Вернуть",
        ModAskReason = number => $"Почему идея #{number} отклоняется? Твоё объяснение получит автор.",
        ModAskComment = number => $"Добавь комментарий для автора идеи #{number} или нажми «Пропустить».",
        ModDone = (number, status) => $"Идея #{number}: {status} ✓",
        ModUnchanged = (number, status) => $"Статус идеи #{number} уже «{status}»; ничего не изменилось.",
        ModNotAllowed = (number, current, target) => $"Статус идеи #{number} — «{current}»; его нельзя сменить на «{target}».",
        ModRestored = number => $"Идея #{number} снова видна. ✓",
        ModNothingPending = "Ничего не ждёт рассмотрения. 🎉",
        ModPendingCount = count => $"Ждут рассмотрения: {count}",
        ModReadyForCouncil = (number, title, supports) => $"🏛 Идея #{number} «{title}» достигла порога поддержки ({supports}) — готова для думы.",
        ModHiddenAfterReports = (number, title, reports) => $"⚠️ Идея #{number} «{title}» скрыта после жалоб ({reports}). Пожалуйста, проверь её.",
        ModHiddenLabel = "🙈 скрыта после жалоб",

        AuthorApproved = (number, title) => $"🎉 Твоя идея #{number} «{title}» одобрена! Теперь другие могут увидеть и поддержать её в /ideas.",
        AuthorRejected = (number, title, reason) => $"Твоя идея #{number} «{title}» не принята. Объяснение координатора: {reason}",
        AuthorInProgress = (number, title) => $"🔧 Началась работа над твоей идеей #{number} «{title}»!",
        AuthorImplemented = (number, title) => $"🏁 Твоя идея #{number} «{title}» реализована! Спасибо, что делаешь город лучше.",

        IdeasEmpty = "Одобренных идей пока нет — предложи первую через /idea!",
        IdeasPage = (page, pages) => $"Страница {page} из {pages}",
        Next = "Дальше ▶",
        SupportLabel = count => $"👍 Поддержать · {count}",
        SupportedLabel = count => $"💚 Ты поддерживаешь · {count}",
        ReportLabel = "⚠️ Пожаловаться",
        OwnIdea = "Это твоя собственная идея.",
        ReportThanks = "Спасибо! Координаторы проверят.",
        ReportAlready = "Жалоба на эту идею уже получена.",
        IdeaNotAvailable = "Эта идея больше недоступна.",
        MyIdeasEmpty = "У тебя пока нет идей. Отправь /idea, чтобы поделиться своей!",
        MyIdeasHeader = "Твои идеи:",
        ExportReady = count => $"📄 Все идеи в CSV ({count}).",
        ExportEmpty = "Идей пока нет, экспортировать нечего.",

        SettingsTitle = "⚙️ <b>Настройки</b>",
        SettingsHint = "Нажми кнопку, чтобы включить или выключить.",
        SettingAnnouncements = "Объявления",
        SettingDigest = "Дайджест недели",

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
