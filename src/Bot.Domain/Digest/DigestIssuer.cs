using System.Globalization;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;

namespace GenYCity.Bot.Domain.Digest;

/// <summary>
/// Issues the digest of one scheduled send, once: it records the period under its unique key and, when
/// there is news, starts a broadcast to everyone subscribed to the digest.
/// </summary>
public sealed class DigestIssuer(IDigestIssues issues, IDigestSource source, DigestComposer composer, IBroadcastRepository broadcasts, EventTime time, IEnumerable<IDigestPart> parts)
{
    public async Task<DigestIssue?> IssueAsync(DateTimeOffset scheduledAt, DateTimeOffset now, CancellationToken ct)
    {
        var key = time.Local(scheduledAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (await issues.WasIssuedAsync(key, ct))
        {
            return null;
        }

        var period = DigestPeriod.WeekBefore(scheduledAt, time);
        var facts = await (await source.GatherAsync(period, now, DigestComposer.TopIdeas, DigestComposer.DaysAhead, ct)).WithPartsAsync(parts, period, now, ct);
        var content = composer.Compose(facts, period, now);
        if (content is not null)
        {
            broadcasts.Add(Broadcast.Create(BroadcastKind.Digest, AudienceKind.DigestSubscribers, null, content, null, now));
        }

        var issue = DigestIssue.Create(key, scheduledAt, now, content is not null);
        issues.Add(issue);
        return issue;
    }
}
