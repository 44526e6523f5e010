using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Host.Jobs;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Polls;

/// <summary>Where each copy of a native poll went (a chat and a message) is needed only to stop it at the closing.</summary>
internal sealed class ClosedPollCopies : IRetentionPart
{
    public string What => "closed polls' copies";

    public Task<int> PurgeAsync(BotDbContext db, DateTimeOffset cutoff, CancellationToken ct) => db.PollMessages
        .Where(m => db.Polls.Any(p => p.Id == m.PollId && p.Status == PollStatus.Closed && p.ClosedAt < cutoff))
        .ExecuteDeleteAsync(ct);
}
