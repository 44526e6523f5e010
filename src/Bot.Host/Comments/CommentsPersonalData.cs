using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Comments;

/// <summary>
/// A person's comments (and reports of comments) in /mydata. /forgetme removes the words of their comments and
/// unlinks them, so the thread shows "deleted" where they were and the replies keep their place; the ideas'
/// counts lose the ones that were visible; their reports go.
/// </summary>
internal sealed class CommentsPersonalData(BotDbContext db) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(Comment), typeof(CommentReport)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct)
    {
        data.Add("comments", await db.Set<Comment>().AsNoTracking().Where(c => c.AuthorId == member.Id).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.IdeaId, c.ParentId, c.Text, c.CreatedAt, Hidden = c.IsHidden }).ToListAsync(ct));
        data.Add("comment_reports", await db.Set<CommentReport>().AsNoTracking().Where(r => r.MemberId == member.Id).OrderBy(r => r.CommentId)
            .Select(r => new { r.CommentId, Reason = r.Reason.ToString(), r.At }).ToListAsync(ct));
    }

    public async Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        var visible = await db.Set<Comment>().Where(c => c.AuthorId == member.Id && !c.IsHidden && c.Text != null)
            .GroupBy(c => c.IdeaId).Select(g => new { Idea = g.Key, Count = g.Count() }).ToListAsync(ct);
        // Counted down in the database, not through tracked ideas: the ideas part may delete some of them next
        // (the person's own, rejected), and a tracked idea deleted under it would fail the save.
        foreach (var (idea, count) in visible.Select(v => (v.Idea, v.Count)))
        {
            await db.Set<Idea>().Where(i => i.Id == idea)
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.CommentCount, x => x.CommentCount > count ? x.CommentCount - count : 0), ct);
        }

        // A comment hidden by reports and deleted has nothing left for a coordinator to look at.
        await db.Set<Comment>().Where(c => c.AuthorId == member.Id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Text, (string?)null).SetProperty(x => x.AuthorId, (long?)null)
                .SetProperty(x => x.DeletedAt, now).SetProperty(x => x.AwaitsCoordinator, false), ct);
        db.Set<CommentReport>().RemoveRange(await db.Set<CommentReport>().Where(r => r.MemberId == member.Id).ToListAsync(ct));
    }
}
