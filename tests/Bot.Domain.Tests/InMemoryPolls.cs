using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Polls;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Polls and votes as lists, for domain tests; the EF Core store is tested against SQLite and PostgreSQL in the host tests.</summary>
internal sealed class InMemoryPolls(Func<IReadOnlyList<Member>> members) : IPollRepository
{
    private readonly List<Poll> polls = [];
    private readonly List<PollVote> votes = [];

    public IReadOnlyList<Poll> All => polls;

    public IReadOnlyList<PollVote> Votes => votes;

    public Task AddAsync(Poll poll, CancellationToken ct)
    {
        typeof(Poll).GetProperty(nameof(Poll.Id))!.SetValue(poll, polls.Count + 1L);
        polls.Add(poll);
        return Task.CompletedTask;
    }

    public Task<Poll?> FindAsync(long id, CancellationToken ct) => Task.FromResult(polls.SingleOrDefault(p => p.Id == id));

    public Task<Poll?> FindByPlatformIdAsync(string platformPollId, Messaging.Recipient voter, CancellationToken ct) =>
        Task.FromResult(polls.SingleOrDefault(p => platformPollId.Split('#')[0] == $"tg-{p.Id}"));

    public Task<PollVote?> FindVoteAsync(long pollId, long memberId, CancellationToken ct) =>
        Task.FromResult(votes.SingleOrDefault(v => v.PollId == pollId && v.MemberId == memberId));

    /// <summary>The chats a test says each poll went to (the domain tests keep no outbox).</summary>
    public HashSet<(long PollId, Messaging.Recipient To)> SentTo { get; } = [];

    public Task<bool> WasSentToAsync(long pollId, Messaging.Recipient to, CancellationToken ct) => Task.FromResult(SentTo.Contains((pollId, to)));

    public void AddVote(PollVote vote) => votes.Add(vote);

    public void RemoveVote(PollVote vote) => votes.Remove(vote);

    public Task<PollCounts> CountAsync(Poll poll, CancellationToken ct)
    {
        var mine = votes.Where(v => v.PollId == poll.Id).ToList();
        var rows = mine.Select(v => (v.Option, Member: members().Single(m => m.Id == v.MemberId)))
            .GroupBy(v => (v.Option, v.Member.Language, v.Member.Channel))
            .Select(g => new PollCountRow(g.Key.Option, g.Key.Language, g.Key.Channel, g.Count()))
            .ToList();
        return Task.FromResult(new PollCounts(Enumerable.Range(0, poll.Options.Count).Select(o => mine.Count(v => v.Option == o)).ToList(), rows));
    }

    public Task<IReadOnlyList<Poll>> ListRecentAsync(int closedToo, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Poll>>([.. polls.Where(p => p.IsOpen).OrderBy(p => p.ClosesAt), .. polls.Where(p => !p.IsOpen).OrderByDescending(p => p.Id).Take(closedToo)]);

    public Task<IReadOnlyList<PollMessage>> ListSentAsync(long pollId, CancellationToken ct) => Task.FromResult<IReadOnlyList<PollMessage>>([]);

    public Task<int> WithdrawUnsentAsync(long pollId, DateTimeOffset now, CancellationToken ct) => Task.FromResult(0);

    public Task<IReadOnlyList<Poll>> ListDueAsync(DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Poll>>(polls.Where(p => p.IsOpen && p.ClosesAt <= now).ToList());
}
