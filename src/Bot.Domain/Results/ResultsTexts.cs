using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Results;

/// <summary>What following ideas, their news, the council's answers and /results say, in each language.</summary>
public sealed class ResultsTexts : IFeatureTexts
{
    private static readonly ResultsTexts Lv = new()
    {
        Language = Language.Lv,
        Command = "Jūs teicāt, mēs izdarījām: idejas, kas tiek īstenotas un ir īstenotas",
        MenuLabel = "🏁 Rezultāti",
        Follow = "🔔 Sekot",
        Unfollow = "🔕 Nesekot",
        Followed = number => $"🔔 Tu seko idejai #{number}: uzzināsi, kas ar to notiek. Izslēgt var ar „Nesekot” vai sadaļā /settings.",
        Unfollowed = number => $"🔕 Tu vairs nesekosi idejai #{number}.",
        OwnIdea = "Par savu ideju tu uzzināsi tāpat – tai nav jāseko.",
        NoticeHeader = (number, title) => $"🔔 <b>Jaunumi par ideju #{number}</b> „{title}”",
        NoticeFooter = "Ziņas par idejām var izslēgt sadaļā /settings.",
        AuthorHeader = (number, title) => $"💡 Tava ideja #{number} „{title}”:",
        Approved = "✅ Apstiprināta: tagad to redz visi",
        InProgress = "🛠 Tiek īstenota",
        Implemented = "🎉 Īstenota!",
        ReadyForCouncil = "🏛 Savākts pietiekami daudz atbalsta: ideja nodota domei",
        CouncilAnswer = decision => $"🏛 Domes lēmums: {decision}",
        Progress = "📝 Darba gaita",
        Decision = d => d switch
        {
            CouncilDecision.Accepted => "atbalstīta",
            CouncilDecision.NotAccepted => "nav atbalstīta",
            _ => "atbalstīta daļēji",
        },
        DecisionLabel = d => d switch
        {
            CouncilDecision.Accepted => "✅ Atbalstīta",
            CouncilDecision.NotAccepted => "❌ Nav atbalstīta",
            _ => "◐ Daļēji",
        },
        ResultsHeader = "🏁 <b>Jūs teicāt, mēs izdarījām</b>",
        ResultsEmpty = "Pagaidām nav ideju, kas tiek īstenotas vai ir īstenotas. Atbalsti idejas sadaļā /ideas!",
        ResultsPage = (page, pages) => $"{page}. lapa no {pages}",
        ResultLine = (status, date) => $"📌 {status} · {date}",
        DigestLink = "🏁 Kas jau paveikts: /results",
        CouncilButton = "🏛 Domes lēmums",
        ProgressButton = "📝 Darba gaita",
        AskDecision = number => $"🏛 Ko dome nolēma par ideju #{number}?",
        AskCouncilText = max => $"Uzraksti domes atbildi tā, kā to lasīs iedzīvotāji (līdz {max} rakstzīmēm).",
        CouncilRecorded = number => $"🏛 Domes lēmums par ideju #{number} ierakstīts. Autors un sekotāji par to uzzinās.",
        AskProgressText = (number, max) => $"📝 Uzraksti, kas paveikts ar ideju #{number} (līdz {max} rakstzīmēm) vai atsūti foto.",
        AskProgressPhoto = "Pievieno foto vai spied „Izlaist”.",
        ProgressRecorded = number => $"📝 Ziņa par ideju #{number} ierakstīta. Autors un sekotāji par to uzzinās.",
        NotPublic = number => $"Idejai #{number} vēl nav publiska statusa: vispirms to apstiprini.",
        DraftCouncil = number => $"domes lēmums par ideju #{number}",
        DraftProgress = number => $"ziņa par ideju #{number}",
    };

    private static readonly ResultsTexts Ru = new()
    {
        Language = Language.Ru,
        Command = "Вы предложили — мы сделали: идеи в работе и реализованные",
        MenuLabel = "🏁 Результаты",
        Follow = "🔔 Следить",
        Unfollow = "🔕 Не следить",
        Followed = number => $"🔔 Ты следишь за идеей #{number}: узнаешь, что с ней происходит. Отключить можно кнопкой «Не следить» или в /settings.",
        Unfollowed = number => $"🔕 Ты больше не следишь за идеей #{number}.",
        OwnIdea = "О своей идее ты и так узнаешь всё — следить за ней не нужно.",
        NoticeHeader = (number, title) => $"🔔 <b>Новости идеи #{number}</b> «{title}»",
        NoticeFooter = "Новости идей можно отключить в /settings.",
        AuthorHeader = (number, title) => $"💡 Твоя идея #{number} «{title}»:",
        Approved = "✅ Одобрена: теперь её видят все",
        InProgress = "🛠 В работе",
        Implemented = "🎉 Реализована!",
        ReadyForCouncil = "🏛 Набрано достаточно поддержки: идея передана в думу",
        CouncilAnswer = decision => $"🏛 Решение думы: {decision}",
        Progress = "📝 Ход работ",
        Decision = d => d switch
        {
            CouncilDecision.Accepted => "поддержана",
            CouncilDecision.NotAccepted => "не поддержана",
            _ => "поддержана частично",
        },
        DecisionLabel = d => d switch
        {
            CouncilDecision.Accepted => "✅ Поддержана",
            CouncilDecision.NotAccepted => "❌ Не поддержана",
            _ => "◐ Частично",
        },
        ResultsHeader = "🏁 <b>Вы предложили — мы сделали</b>",
        ResultsEmpty = "Пока нет идей в работе или реализованных. Поддержи идеи в /ideas!",
        ResultsPage = (page, pages) => $"Страница {page} из {pages}",
        ResultLine = (status, date) => $"📌 {status} · {date}",
        DigestLink = "🏁 Что уже сделано: /results",
        CouncilButton = "🏛 Решение думы",
        ProgressButton = "📝 Ход работ",
        AskDecision = number => $"🏛 Что решила дума по идее #{number}?",
        AskCouncilText = max => $"Напиши ответ думы так, как его прочитают жители (до {max} символов).",
        CouncilRecorded = number => $"🏛 Решение думы по идее #{number} записано. Автор и подписчики узнают о нём.",
        AskProgressText = (number, max) => $"📝 Напиши, что сделано по идее #{number} (до {max} символов) или пришли фото.",
        AskProgressPhoto = "Добавь фото или нажми «Пропустить».",
        ProgressRecorded = number => $"📝 Новость по идее #{number} записана. Автор и подписчики узнают о ней.",
        NotPublic = number => $"Идея #{number} ещё не опубликована: сначала одобри её.",
        DraftCouncil = number => $"решение думы по идее #{number}",
        DraftProgress = number => $"новость по идее #{number}",
    };

    private static readonly ResultsTexts En = new()
    {
        Language = Language.En,
        Command = "You said, we did: ideas in progress and implemented",
        MenuLabel = "🏁 Results",
        Follow = "🔔 Follow",
        Unfollow = "🔕 Unfollow",
        Followed = number => $"🔔 You follow idea #{number}: you will hear what becomes of it. Stop with Unfollow, or in /settings.",
        Unfollowed = number => $"🔕 You no longer follow idea #{number}.",
        OwnIdea = "You hear about your own idea anyway: no need to follow it.",
        NoticeHeader = (number, title) => $"🔔 <b>News on idea #{number}</b> “{title}”",
        NoticeFooter = "Turn idea news off in /settings.",
        AuthorHeader = (number, title) => $"💡 Your idea #{number} “{title}”:",
        Approved = "✅ Approved: everyone can see it now",
        InProgress = "🛠 In progress",
        Implemented = "🎉 Implemented!",
        ReadyForCouncil = "🏛 Enough support: the idea goes to the city council",
        CouncilAnswer = decision => $"🏛 The council’s answer: {decision}",
        Progress = "📝 Progress",
        Decision = d => d switch
        {
            CouncilDecision.Accepted => "accepted",
            CouncilDecision.NotAccepted => "not accepted",
            _ => "partly accepted",
        },
        DecisionLabel = d => d switch
        {
            CouncilDecision.Accepted => "✅ Accepted",
            CouncilDecision.NotAccepted => "❌ Not accepted",
            _ => "◐ Partly",
        },
        ResultsHeader = "🏁 <b>You said, we did</b>",
        ResultsEmpty = "Nothing is in progress or implemented yet. Support ideas in /ideas!",
        ResultsPage = (page, pages) => $"Page {page} of {pages}",
        ResultLine = (status, date) => $"📌 {status} · {date}",
        DigestLink = "🏁 What has been done: /results",
        CouncilButton = "🏛 Council answer",
        ProgressButton = "📝 Progress note",
        AskDecision = number => $"🏛 What did the council decide about idea #{number}?",
        AskCouncilText = max => $"Write the council’s answer as residents will read it (up to {max} characters).",
        CouncilRecorded = number => $"🏛 The council’s answer on idea #{number} is recorded. The author and the followers will hear of it.",
        AskProgressText = (number, max) => $"📝 Write what has been done on idea #{number} (up to {max} characters), or send a photo.",
        AskProgressPhoto = "Add a photo, or press Skip.",
        ProgressRecorded = number => $"📝 The note on idea #{number} is recorded. The author and the followers will hear of it.",
        NotPublic = number => $"Idea #{number} is not public yet: approve it first.",
        DraftCouncil = number => $"council’s answer on idea #{number}",
        DraftProgress = number => $"progress note on idea #{number}",
    };

    public required Language Language { get; init; }

    public required string Command { get; init; }

    [Label] public required string MenuLabel { get; init; }

    [Label] public required string Follow { get; init; }

    [Label] public required string Unfollow { get; init; }

    public required Func<long, string> Followed { get; init; }

    public required Func<long, string> Unfollowed { get; init; }

    public required string OwnIdea { get; init; }

    public required Func<long, string, string> NoticeHeader { get; init; }

    public required string NoticeFooter { get; init; }

    public required Func<long, string, string> AuthorHeader { get; init; }

    public required string Approved { get; init; }

    public required string InProgress { get; init; }

    public required string Implemented { get; init; }

    public required string ReadyForCouncil { get; init; }

    public required Func<string, string> CouncilAnswer { get; init; }

    public required string Progress { get; init; }

    public required Func<CouncilDecision, string> Decision { get; init; }

    [Label] public required Func<CouncilDecision, string> DecisionLabel { get; init; }

    public required string ResultsHeader { get; init; }

    public required string ResultsEmpty { get; init; }

    public required Func<int, int, string> ResultsPage { get; init; }

    public required Func<string, string, string> ResultLine { get; init; }

    public required string DigestLink { get; init; }

    [Label] public required string CouncilButton { get; init; }

    [Label] public required string ProgressButton { get; init; }

    public required Func<long, string> AskDecision { get; init; }

    public required Func<int, string> AskCouncilText { get; init; }

    public required Func<long, string> CouncilRecorded { get; init; }

    public required Func<long, int, string> AskProgressText { get; init; }

    public required string AskProgressPhoto { get; init; }

    public required Func<long, string> ProgressRecorded { get; init; }

    public required Func<long, string> NotPublic { get; init; }

    public required Func<long, string> DraftCouncil { get; init; }

    public required Func<long, string> DraftProgress { get; init; }

    public static ResultsTexts For(Language language) => language switch
    {
        Language.Lv => Lv,
        Language.Ru => Ru,
        _ => En,
    };

    /// <summary>The line for one timeline entry (its words follow on their own line).</summary>
    public string Headline(IdeaNews news) => news.Kind switch
    {
        IdeaNewsKind.Approved => Approved,
        IdeaNewsKind.InProgress => InProgress,
        IdeaNewsKind.Implemented => Implemented,
        IdeaNewsKind.ReadyForCouncil => ReadyForCouncil,
        IdeaNewsKind.CouncilAnswer => CouncilAnswer(Decision(news.Decision ?? CouncilDecision.Partly)),
        _ => Progress,
    };
}
