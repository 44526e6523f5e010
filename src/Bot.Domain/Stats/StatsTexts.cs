using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Stats;

/// <summary>What /stats says, in each language: the feature's own texts, kept in its folder.</summary>
public sealed class StatsTexts : IFeatureTexts
{
    private static readonly StatsTexts Lv = new()
    {
        Language = Language.Lv,
        Command = "Statistika: dalībnieki, idejas, pasākumi, izsūtījumi",
        MenuLabel = "📊 Statistika",
        Title = "📊 <b>Statistika</b>",
        Members = (total, consented, announcements, digest, unreachable) => $"👥 Dalībnieki: {total} · piekrituši: {consented} · paziņojumi: {announcements} · apskats: {digest} · nesasniedzami: {unreachable}",
        Ideas = (waiting, approved, progress, implemented, rejected) => $"💡 Idejas: gaida {waiting} · apstiprinātas {approved} · tiek īstenotas {progress} · īstenotas {implemented} · nav pieņemtas {rejected}",
        Events = count => $"📅 Gaidāmie pasākumi: {count}",
        BroadcastsHeader = "📣 Pēdējie izsūtījumi:",
        NoBroadcasts = "vēl nav.",
        Broadcast = (number, kind, when, queued, sent, unreachable, failed, skipped) => $"#{number} {kind}, {when}: rindā {queued} · nosūtīti {sent} · nesasniedzami {unreachable} · neizdevās {failed} · izlaisti {skipped}",
    };

    private static readonly StatsTexts Ru = new()
    {
        Language = Language.Ru,
        Command = "Статистика: участники, идеи, мероприятия, рассылки",
        MenuLabel = "📊 Статистика",
        Title = "📊 <b>Статистика</b>",
        Members = (total, consented, announcements, digest, unreachable) => $"👥 Участники: {total} · дали согласие: {consented} · объявления: {announcements} · дайджест: {digest} · недоступны: {unreachable}",
        Ideas = (waiting, approved, progress, implemented, rejected) => $"💡 Идеи: ждут {waiting} · одобрены {approved} · в работе {progress} · реализованы {implemented} · не приняты {rejected}",
        Events = count => $"📅 Предстоящие мероприятия: {count}",
        BroadcastsHeader = "📣 Последние рассылки:",
        NoBroadcasts = "пока нет.",
        Broadcast = (number, kind, when, queued, sent, unreachable, failed, skipped) => $"#{number} {kind}, {when}: в очереди {queued} · отправлено {sent} · недоступны {unreachable} · ошибки {failed} · пропущены {skipped}",
    };

    private static readonly StatsTexts En = new()
    {
        Language = Language.En,
        Command = "Statistics: members, ideas, events, broadcasts",
        MenuLabel = "📊 Statistics",
        Title = "📊 <b>Statistics</b>",
        Members = (total, consented, announcements, digest, unreachable) => $"👥 Members: {total} · consented: {consented} · announcements: {announcements} · digest: {digest} · unreachable: {unreachable}",
        Ideas = (waiting, approved, progress, implemented, rejected) => $"💡 Ideas: waiting {waiting} · approved {approved} · in progress {progress} · implemented {implemented} · not accepted {rejected}",
        Events = count => $"📅 Upcoming events: {count}",
        BroadcastsHeader = "📣 Latest broadcasts:",
        NoBroadcasts = "none yet.",
        Broadcast = (number, kind, when, queued, sent, unreachable, failed, skipped) => $"#{number} {kind}, {when}: queued {queued} · sent {sent} · unreachable {unreachable} · failed {failed} · skipped {skipped}",
    };

    public required Language Language { get; init; }

    public required string Command { get; init; }

    [Label] public required string MenuLabel { get; init; }

    public required string Title { get; init; }

    public required Func<int, int, int, int, int, string> Members { get; init; }

    public required Func<int, int, int, int, int, string> Ideas { get; init; }

    public required Func<int, string> Events { get; init; }

    public required string BroadcastsHeader { get; init; }

    public required string NoBroadcasts { get; init; }

    public required Func<long, string, string, int, int, int, int, int, string> Broadcast { get; init; }

    public static StatsTexts For(Language language) => language switch
    {
        Language.Lv => Lv,
        Language.Ru => Ru,
        _ => En,
    };
}
