using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Polls;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> poll)
    {
        poll.HasKey(p => p.Id);
        poll.Property(p => p.Question).HasMaxLength(1000);
        poll.Property(p => p.OptionsJson).HasMaxLength(4000);
        poll.Property(p => p.Audience).HasMaxLength(32);
        poll.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        poll.Property(p => p.Version).IsConcurrencyToken();
        poll.Ignore(p => p.Options);
        poll.Ignore(p => p.IsOpen);
        poll.HasIndex(p => new { p.Status, p.ClosesAt });
        poll.HasOne<Member>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> vote)
    {
        // The key is the rule: one vote per person per poll, however many instances take answers.
        vote.HasKey(v => new { v.PollId, v.MemberId });
        vote.HasOne<Poll>().WithMany().HasForeignKey(v => v.PollId).OnDelete(DeleteBehavior.Cascade);
        vote.HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Cascade);
        vote.HasIndex(v => v.MemberId);
        vote.Property(v => v.PlatformPollId).HasMaxLength(64);
    }
}

internal sealed class PollMessageConfiguration : IEntityTypeConfiguration<PollMessage>
{
    public void Configure(EntityTypeBuilder<PollMessage> message)
    {
        message.HasKey(m => m.PlatformPollId);
        message.Property(m => m.PlatformPollId).HasMaxLength(64);
        message.Property(m => m.ChatId).HasMaxLength(128);
        message.Property(m => m.MessageId).HasMaxLength(64);
        message.HasIndex(m => m.PollId);
        message.HasOne<Poll>().WithMany().HasForeignKey(m => m.PollId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PollRepository(BotDbContext db) : IPollRepository
{
    /// <summary>Why a copy of a poll was not sent: it closed first.</summary>
    public const string ClosedReason = "the poll closed";

    public async Task AddAsync(Poll poll, CancellationToken ct)
    {
        db.Polls.Add(poll);
        // Saved inside the unit of work's transaction: the poll gets its number for its buttons; nothing is committed yet.
        await db.SaveChangesAsync(ct);
    }

    public Task<Poll?> FindAsync(long id, CancellationToken ct) => db.Polls.FindAsync([id], ct).AsTask();

    public async Task<Poll?> FindByPlatformIdAsync(string platformPollId, Recipient voter, CancellationToken ct)
    {
        if (await db.Polls.Where(p => db.PollMessages.Any(m => m.PlatformPollId == platformPollId && m.PollId == p.Id)).SingleOrDefaultAsync(ct) is { } known)
        {
            return known;
        }

        // A copy not recorded under this id: sent and answered before its send was recorded (the outbox row
        // still holds the poll it carries), or a second copy of a send that timed out and was made again (its
        // first copy recorded for the chat). The one open poll that went, or is going, to the voter's chat.
        var payloads = await db.Deliveries
            .Where(d => d.Channel == voter.Channel && d.ChatId == voter.ChatId
                && (d.Status == DeliveryStatus.Sending || d.Status == DeliveryStatus.Pending) && d.PayloadJson.Contains("\"pollId\""))
            .Select(d => d.PayloadJson)
            .ToListAsync(ct);
        var going = payloads.Select(p => OutboxRow.ReadPayload(p, voter.Channel, voter.ChatId).Poll?.PollId).OfType<long>().ToList();
        var open = await db.Polls
            .Where(p => p.Status == PollStatus.Open
                && (going.Contains(p.Id) || db.PollMessages.Any(m => m.PollId == p.Id && m.Channel == voter.Channel && m.ChatId == voter.ChatId)))
            .ToListAsync(ct);
        return open is [var poll] ? poll : null;
    }

    public Task<PollVote?> FindVoteAsync(long pollId, long memberId, CancellationToken ct) => db.PollVotes.FindAsync([pollId, memberId], ct).AsTask();

    public async Task<bool> WasSentToAsync(long pollId, Recipient to, CancellationToken ct) =>
        await db.PollMessages.AnyAsync(m => m.PollId == pollId && m.Channel == to.Channel && m.ChatId == to.ChatId, ct)
        || await db.Deliveries.AnyAsync(
            d => d.Channel == to.Channel && d.ChatId == to.ChatId && d.Status != DeliveryStatus.Skipped && d.Status != DeliveryStatus.Failed
                && db.Broadcasts.Any(b => b.Id == d.BroadcastId && b.Kind == BroadcastKind.Poll && b.SubjectId == pollId),
            ct);

    public void AddVote(PollVote vote) => db.PollVotes.Add(vote);

    public void RemoveVote(PollVote vote) => db.PollVotes.Remove(vote);

    public async Task<PollCounts> CountAsync(Poll poll, CancellationToken ct)
    {
        // Saved first, so the votes of this unit of work are counted too.
        await db.SaveChangesAsync(ct);
        var rows = await db.PollVotes.Where(v => v.PollId == poll.Id)
            .Join(db.Members, v => v.MemberId, m => m.Id, (v, m) => new { v.Option, m.Language, m.Channel })
            .GroupBy(v => new { v.Option, v.Language, v.Channel })
            .Select(g => new { g.Key.Option, g.Key.Language, g.Key.Channel, Votes = g.Count() })
            .ToListAsync(ct);
        var byOption = new int[poll.Options.Count];
        foreach (var row in rows.Where(r => r.Option >= 0 && r.Option < byOption.Length))
        {
            byOption[row.Option] += row.Votes;
        }

        return new PollCounts(byOption, rows.Select(r => new PollCountRow(r.Option, r.Language, r.Channel, r.Votes)).ToList());
    }

    public async Task<IReadOnlyList<Poll>> ListRecentAsync(int closedToo, CancellationToken ct)
    {
        var open = await db.Polls.Where(p => p.Status == PollStatus.Open).OrderBy(p => p.ClosesAt).ToListAsync(ct);
        var closed = await db.Polls.Where(p => p.Status == PollStatus.Closed).OrderByDescending(p => p.Id).Take(closedToo).ToListAsync(ct);
        return [.. open, .. closed];
    }

    public async Task<IReadOnlyList<PollMessage>> ListSentAsync(long pollId, CancellationToken ct) =>
        await db.PollMessages.AsNoTracking().Where(m => m.PollId == pollId && m.ChatId != null && m.MessageId != null).ToListAsync(ct);

    public Task<int> WithdrawUnsentAsync(long pollId, DateTimeOffset now, CancellationToken ct) =>
        db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Pending
                && db.Broadcasts.Any(b => b.Id == d.BroadcastId && b.Kind == BroadcastKind.Poll && b.SubjectId == pollId))
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Skipped).SetProperty(x => x.LastError, ClosedReason).SetProperty(x => x.CompletedAt, now), ct);

    public async Task<IReadOnlyList<Poll>> ListDueAsync(DateTimeOffset now, CancellationToken ct) =>
        await db.Polls.Where(p => p.Status == PollStatus.Open && p.ClosesAt <= now).OrderBy(p => p.Id).ToListAsync(ct);
}

/// <summary>
/// A person's votes and the native polls sent to their chat, shown in /mydata and erased by /forgetme (the
/// poll's counts lose the votes too, as a vote is counted from its row); a copy of a poll still open is closed
/// in their chat first, as its closing would have done, for without the record of it the closing cannot. A
/// coordinator's polls are shown, and stay with the question and answers, unlinked from them.
/// </summary>
internal sealed class PollsPersonalData(BotDbContext db) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(Poll), typeof(PollVote), typeof(PollMessage)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct)
    {
        var votes = await db.PollVotes.AsNoTracking().Where(v => v.MemberId == member.Id).OrderBy(v => v.PollId)
            .Join(db.Polls, v => v.PollId, p => p.Id, (v, p) => new { v.PollId, p.Question, p.OptionsJson, v.Option, v.VotedAt })
            .ToListAsync(ct);
        data.Add("poll_votes", votes.Select(v => new PersonalData.VoteData(v.PollId, v.Question, AnswerOf(v.OptionsJson, v.Option), v.VotedAt)).ToList());
        data.Add("polls_received", await db.PollMessages.AsNoTracking().Where(m => m.Channel == member.Channel && m.ChatId == member.ChatId).OrderBy(m => m.PollId)
            .Select(m => new PersonalData.ReceivedPollData(m.PollId, m.SentAt)).ToListAsync(ct));
        data.Add("polls_asked", await db.Polls.AsNoTracking().Where(p => p.CreatedById == member.Id).OrderBy(p => p.Id)
            .Select(p => new PersonalData.AskedPollData(p.Id, p.Question, p.CreatedAt)).ToListAsync(ct));
    }

    public async Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        db.PollVotes.RemoveRange(await db.PollVotes.Where(v => v.MemberId == member.Id).ToListAsync(ct));
        var copies = db.PollMessages.Where(m => m.Channel == member.Channel && m.ChatId == member.ChatId);
        var open = await copies.Where(m => m.MessageId != null && db.Polls.Any(p => p.Id == m.PollId && p.Status == PollStatus.Open)).ToListAsync(ct);
        db.Deliveries.AddRange(open.Select(copy => OutboxRow.Create(copy.Stop(), now)));
        await copies.ExecuteDeleteAsync(ct);
        await db.Polls.Where(p => p.CreatedById == member.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.CreatedById, (long?)null), ct);
    }

    private static string AnswerOf(string optionsJson, int option) =>
        Poll.ReadOptions(optionsJson) is var options && option >= 0 && option < options.Count ? options[option] : string.Empty;
}
