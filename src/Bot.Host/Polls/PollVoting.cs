using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Polls;

/// <summary>Voting in a poll, counted when the vote was last given or changed: that is when its row says.</summary>
internal sealed class PollVoting : IParticipation
{
    public IQueryable<long> Members(BotDbContext db, DateTimeOffset from, DateTimeOffset to) =>
        db.PollVotes.Where(v => v.VotedAt >= from && v.VotedAt < to).Select(v => v.MemberId);
}
