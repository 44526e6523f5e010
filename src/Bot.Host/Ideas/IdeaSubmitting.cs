using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Ideas;

/// <summary>Submitting an idea or supporting one.</summary>
internal sealed class IdeaSubmitting : IParticipation
{
    public IQueryable<long> Members(BotDbContext db, DateTimeOffset from, DateTimeOffset to) =>
        db.Ideas.Where(i => i.AuthorId != null && i.CreatedAt >= from && i.CreatedAt < to).Select(i => i.AuthorId!.Value)
            .Union(db.IdeaSupports.Where(s => s.CreatedAt >= from && s.CreatedAt < to).Select(s => s.MemberId));
}
