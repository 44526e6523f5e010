using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Stats;

/// <summary>What /stats says, in each language: the feature's own texts, kept in its folder.</summary>
public sealed class StatsTexts(Language language) : TranslatedTexts(language, StatsTexts.Namespace), IFeatureTexts
{
    /// <summary>Its translator files: <c>texts/stats/{language}.json</c>.</summary>
    public const string Namespace = "stats";

    public static StatsTexts For(Language language) => new(language);

    public string Command => T(nameof(Command));

    [Label] public string MenuLabel => T(nameof(MenuLabel));

    public string Title => T(nameof(Title));

    public string Members(int total, int consented, int announcements, int digest, int unreachable) => T(nameof(Members), ("total", total), ("consented", consented), ("announcements", announcements), ("digest", digest), ("unreachable", unreachable));

    public string Ideas(int waiting, int approved, int progress, int implemented, int rejected) => T(nameof(Ideas), ("waiting", waiting), ("approved", approved), ("progress", progress), ("implemented", implemented), ("rejected", rejected));

    public string Events(int count) => T(nameof(Events), ("count", count));

    public string BroadcastsHeader => T(nameof(BroadcastsHeader));

    public string NoBroadcasts => T(nameof(NoBroadcasts));

    public string Broadcast(long number, string kind, LocalMoment when, int queued, int sent, int unreachable, int failed, int skipped) => T(nameof(Broadcast), ("number", number), ("kind", kind), ("when", when), ("queued", queued), ("sent", sent), ("unreachable", unreachable), ("failed", failed), ("skipped", skipped));

    /// <summary>The kinds of broadcast, as coordinators read them in /stats and on the dashboard (<see cref="StatsCommand.KindName"/>).</summary>
    public string KindAnnouncement => T(nameof(KindAnnouncement));

    public string KindEventPublished => T(nameof(KindEventPublished));

    public string KindEventChanged => T(nameof(KindEventChanged));

    public string KindEventCancelled => T(nameof(KindEventCancelled));

    public string KindDigest => T(nameof(KindDigest));

    public string KindIdeaNews => T(nameof(KindIdeaNews));

    public string KindPoll => T(nameof(KindPoll));

    public string KindPollResults => T(nameof(KindPollResults));

    /// <summary>A kind a later capability added without naming it here.</summary>
    public string KindOther => T(nameof(KindOther));
}
