using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>What quick polls say, in each language.</summary>
public sealed class PollTexts : IFeatureTexts
{
    private static readonly PollTexts Lv = new()
    {
        Language = Language.Lv,
        CmdNewPoll = "Ātra aptauja: jautājums, 2–10 atbildes, kam un līdz kuram brīdim",
        CmdPolls = "Aptaujas: balsis tiešraidē, rezultāti, CSV",
        AskQuestion = max => $"🗳 Kāds ir jautājums? (līdz {max} rakstzīmēm)",
        AskOptions = (min, max, length) => $"Uzraksti atbilžu variantus, katru savā rindā vai atdalot ar semikolu ({min}–{max}, katrs līdz {length} rakstzīmēm).",
        TooFewOptions = min => $"Vajag vismaz {min} atbilžu variantus.",
        TooManyOptions = max => $"Ne vairāk kā {max} atbilžu varianti.",
        OptionTooLong = (number, max) => $"{number}. variants ir garāks par {max} rakstzīmēm.",
        OptionsRepeat = "Divi varianti ir vienādi: katram jābūt citādam.",
        AskAudience = "Kam sūtīt aptauju?",
        AskClosing = example => $"Līdz kuram brīdim var balsot? Izvēlies vai uzraksti datumu un laiku, piemēram, {example}.",
        InDays = days => days == 7 ? "Nedēļu" : days == 1 ? "1 dienu" : $"{days} dienas",
        ClosingTooFar = days => $"Aptauja var ilgt ne vairāk kā {days} dienas.",
        Preview = (question, options, audience, closes) => $"🗳 <b>{question}</b>\n{options}\n\n👥 {audience}\n⏰ Līdz {closes}\n\nSūtīt?",
        Send = "📤 Sūtīt aptauju",
        Nobody = "Šai auditorijai pagaidām nav neviena. Izvēlies citu vai atcel.",
        Queued = (number, count) => $"🗳 Aptauja #{number} ceļā pie {count} cilvēkiem. Balsis tiešraidē: /polls",
        Body = (question, options, closes) => $"🗳 <b>{question}</b>\n{options}\n\nBalso līdz {closes}. Katram viena balss, to var mainīt.",
        NativeQuestion = (question, closes) => $"{question} (līdz {closes})",
        Voted = (option, closes) => $"🗳 Tava balss: „{option}”. Līdz {closes} to var mainīt.",
        Withdrawn = "↩ Tava balss atsaukta.",
        Withdraw = "↩ Atsaukt balsi",
        NothingToWithdraw = "Tu šajā aptaujā vēl neesi balsojis.",
        NotForYou = "Šī aptauja ir tiem, kas atbildēja uz pasākuma ielūgumu.",
        NotSentToYou = "Šī aptauja tev netika nosūtīta: tā ir tiem, kas saņem paziņojumus. Ieslēdz tos sadaļā /settings, lai piedalītos nākamajās.",
        Closed = "🗳 Šī aptauja jau ir slēgta.",
        ResultsTitle = question => $"🗳 <b>Aptaujas rezultāti</b>: {question}",
        ResultLine = (number, option, votes, percent) => $"{number}. {option} — {votes} ({percent}%)",
        Total = votes => $"Kopā: {Plural.Lv(votes, "balsu", "balss", "balsis")}",
        ThanksForVoting = "Paldies, ka balsoji!",
        PollsHeader = "🗳 <b>Aptaujas</b>",
        PollsEmpty = "Aptauju vēl nav. Jaunu sāk ar /newpoll.",
        OpenUntil = closes => $"atvērta līdz {closes}",
        ClosedOn = closed => $"slēgta {closed}",
        Csv = "📄 CSV",
        CloseNow = "⏹ Slēgt tagad",
        ClosedNow = (number, voters) => $"🗳 Aptauja #{number} slēgta. Rezultāti ceļā pie {Plural.Lv(voters, "balsotājiem", "balsotāja", "balsotājiem")}.",
        CsvReady = number => $"📄 Aptaujas #{number} balsis pa atbildēm, valodām un lietotnēm.",
        CsvHeaders = ["Nr.", "Atbilde", "Balsis", "Daļa, %", "Valoda", "Lietotne"],
        DigestHeader = "🗳 <b>Atvērtās aptaujas</b>",
        DigestLine = (question, closes) => $"• {question} (līdz {closes})",
        Vote = "🗳 Balsot",
        DraftPoll = question => $"aptauja „{question}”",
    };

    private static readonly PollTexts Ru = new()
    {
        Language = Language.Ru,
        CmdNewPoll = "Быстрый опрос: вопрос, 2–10 ответов, кому и до какого времени",
        CmdPolls = "Опросы: голоса в реальном времени, итоги, CSV",
        AskQuestion = max => $"🗳 Какой вопрос? (до {max} символов)",
        AskOptions = (min, max, length) => $"Напиши варианты ответа, каждый с новой строки или через точку с запятой ({min}–{max}, каждый до {length} символов).",
        TooFewOptions = min => $"Нужно не меньше {min} вариантов.",
        TooManyOptions = max => $"Не больше {max} вариантов.",
        OptionTooLong = (number, max) => $"Вариант {number} длиннее {max} символов.",
        OptionsRepeat = "Два варианта совпадают: каждый должен отличаться.",
        AskAudience = "Кому отправить опрос?",
        AskClosing = example => $"До какого времени можно голосовать? Выбери или напиши дату и время, например {example}.",
        InDays = days => days == 7 ? "Неделя" : days == 1 ? "1 день" : $"{days} дня",
        ClosingTooFar = days => $"Опрос может длиться не больше {days} дней.",
        Preview = (question, options, audience, closes) => $"🗳 <b>{question}</b>\n{options}\n\n👥 {audience}\n⏰ До {closes}\n\nОтправить?",
        Send = "📤 Отправить опрос",
        Nobody = "В этой аудитории пока никого нет. Выбери другую или отмени.",
        Queued = (number, count) => $"🗳 Опрос #{number} отправляется {count} участникам. Голоса в реальном времени: /polls",
        Body = (question, options, closes) => $"🗳 <b>{question}</b>\n{options}\n\nГолосуй до {closes}. У каждого один голос, его можно изменить.",
        NativeQuestion = (question, closes) => $"{question} (до {closes})",
        Voted = (option, closes) => $"🗳 Твой голос: «{option}». До {closes} его можно изменить.",
        Withdrawn = "↩ Твой голос отозван.",
        Withdraw = "↩ Отозвать голос",
        NothingToWithdraw = "В этом опросе твоего голоса ещё нет.",
        NotForYou = "Этот опрос — для тех, кто ответил на приглашение на мероприятие.",
        NotSentToYou = "Этот опрос тебе не отправлялся: он для тех, кто получает объявления. Включи их в /settings, чтобы участвовать в следующих.",
        Closed = "🗳 Этот опрос уже закрыт.",
        ResultsTitle = question => $"🗳 <b>Итоги опроса</b>: {question}",
        ResultLine = (number, option, votes, percent) => $"{number}. {option} — {votes} ({percent}%)",
        Total = votes => $"Всего: {Plural.Ru(votes, "голос", "голоса", "голосов")}",
        ThanksForVoting = "Спасибо за твой голос!",
        PollsHeader = "🗳 <b>Опросы</b>",
        PollsEmpty = "Опросов пока нет. Новый начинается с /newpoll.",
        OpenUntil = closes => $"открыт до {closes}",
        ClosedOn = closed => $"закрыт {closed}",
        Csv = "📄 CSV",
        CloseNow = "⏹ Закрыть сейчас",
        ClosedNow = (number, voters) => $"🗳 Опрос #{number} закрыт. Итоги отправляются {Plural.Ru(voters, "участнику", "участникам", "участникам")}.",
        CsvReady = number => $"📄 Голоса опроса #{number} по ответам, языкам и приложениям.",
        CsvHeaders = ["№", "Ответ", "Голоса", "Доля, %", "Язык", "Приложение"],
        DigestHeader = "🗳 <b>Открытые опросы</b>",
        DigestLine = (question, closes) => $"• {question} (до {closes})",
        Vote = "🗳 Голосовать",
        DraftPoll = question => $"опрос «{question}»",
    };

    private static readonly PollTexts En = new()
    {
        Language = Language.En,
        CmdNewPoll = "A quick poll: a question, 2–10 answers, to whom and until when",
        CmdPolls = "Polls: live counts, results, CSV",
        AskQuestion = max => $"🗳 What is the question? (up to {max} characters)",
        AskOptions = (min, max, length) => $"Write the answers, one per line or separated by semicolons ({min} to {max}, each up to {length} characters).",
        TooFewOptions = min => $"A poll needs at least {min} answers.",
        TooManyOptions = max => $"At most {max} answers.",
        OptionTooLong = (number, max) => $"Answer {number} is longer than {max} characters.",
        OptionsRepeat = "Two answers are the same: each must be different.",
        AskAudience = "Who should get the poll?",
        AskClosing = example => $"Until when can people vote? Choose, or type a date and time such as {example}.",
        InDays = days => days == 7 ? "A week" : days == 1 ? "1 day" : $"{days} days",
        ClosingTooFar = days => $"A poll can run for at most {days} days.",
        Preview = (question, options, audience, closes) => $"🗳 <b>{question}</b>\n{options}\n\n👥 {audience}\n⏰ Until {closes}\n\nSend it?",
        Send = "📤 Send the poll",
        Nobody = "There is nobody in that audience yet. Choose another, or cancel.",
        Queued = (number, count) => $"🗳 Poll #{number} is on its way to {count} people. Live counts: /polls",
        Body = (question, options, closes) => $"🗳 <b>{question}</b>\n{options}\n\nVote until {closes}. One vote each; you can change it.",
        NativeQuestion = (question, closes) => $"{question} (until {closes})",
        Voted = (option, closes) => $"🗳 Your vote: “{option}”. You can change it until {closes}.",
        Withdrawn = "↩ Your vote is withdrawn.",
        Withdraw = "↩ Withdraw my vote",
        NothingToWithdraw = "You have not voted in this poll.",
        NotForYou = "This poll is for the people who answered the event’s invitation.",
        NotSentToYou = "This poll was not sent to you: it is for those who get announcements. Turn them on in /settings to take part in the next ones.",
        Closed = "🗳 This poll has closed.",
        ResultsTitle = question => $"🗳 <b>Poll results</b>: {question}",
        ResultLine = (number, option, votes, percent) => $"{number}. {option} — {votes} ({percent}%)",
        Total = votes => votes == 1 ? "In all: 1 vote" : $"In all: {votes} votes",
        ThanksForVoting = "Thank you for voting!",
        PollsHeader = "🗳 <b>Polls</b>",
        PollsEmpty = "No polls yet. Start one with /newpoll.",
        OpenUntil = closes => $"open until {closes}",
        ClosedOn = closed => $"closed {closed}",
        Csv = "📄 CSV",
        CloseNow = "⏹ Close now",
        ClosedNow = (number, voters) => $"🗳 Poll #{number} is closed. The results are on their way to {(voters == 1 ? "1 voter" : $"{voters} voters")}.",
        CsvReady = number => $"📄 The votes of poll #{number} by answer, language and app.",
        CsvHeaders = ["No.", "Answer", "Votes", "Share, %", "Language", "App"],
        DigestHeader = "🗳 <b>Open polls</b>",
        DigestLine = (question, closes) => $"• {question} (until {closes})",
        Vote = "🗳 Vote",
        DraftPoll = question => $"poll “{question}”",
    };

    public required Language Language { get; init; }

    public required string CmdNewPoll { get; init; }

    public required string CmdPolls { get; init; }

    public required Func<int, string> AskQuestion { get; init; }

    public required Func<int, int, int, string> AskOptions { get; init; }

    public required Func<int, string> TooFewOptions { get; init; }

    public required Func<int, string> TooManyOptions { get; init; }

    public required Func<int, int, string> OptionTooLong { get; init; }

    public required string OptionsRepeat { get; init; }

    public required string AskAudience { get; init; }

    public required Func<string, string> AskClosing { get; init; }

    [Label] public required Func<int, string> InDays { get; init; }

    public required Func<int, string> ClosingTooFar { get; init; }

    public required Func<string, string, string, string, string> Preview { get; init; }

    [Label] public required string Send { get; init; }

    public required string Nobody { get; init; }

    public required Func<long, int, string> Queued { get; init; }

    public required Func<string, string, string, string> Body { get; init; }

    /// <summary>The question of Telegram's own poll, with its closing day and time: the question in the person's words is plain text there.</summary>
    public required Func<string, string, string> NativeQuestion { get; init; }

    public required Func<string, string, string> Voted { get; init; }

    public required string Withdrawn { get; init; }

    [Label] public required string Withdraw { get; init; }

    public required string NothingToWithdraw { get; init; }

    public required string Closed { get; init; }

    public required string NotForYou { get; init; }

    /// <summary>A vote in a poll for everyone from someone it was not sent to (a forwarded copy), who takes neither announcements nor the digest.</summary>
    public required string NotSentToYou { get; init; }

    public required Func<string, string> ResultsTitle { get; init; }

    public required Func<int, string, int, int, string> ResultLine { get; init; }

    public required Func<int, string> Total { get; init; }

    public required string ThanksForVoting { get; init; }

    public required string PollsHeader { get; init; }

    public required string PollsEmpty { get; init; }

    public required Func<string, string> OpenUntil { get; init; }

    public required Func<string, string> ClosedOn { get; init; }

    [Label] public required string Csv { get; init; }

    [Label] public required string CloseNow { get; init; }

    public required Func<long, int, string> ClosedNow { get; init; }

    public required Func<long, string> CsvReady { get; init; }

    public required IReadOnlyList<string> CsvHeaders { get; init; }

    public required string DigestHeader { get; init; }

    public required Func<string, string, string> DigestLine { get; init; }

    [Label] public required string Vote { get; init; }

    public required Func<string, string> DraftPoll { get; init; }

    public static PollTexts For(Language language) => language switch
    {
        Language.Lv => Lv,
        Language.Ru => Ru,
        _ => En,
    };
}
