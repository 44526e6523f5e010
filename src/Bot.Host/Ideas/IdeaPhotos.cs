using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Ideas;

/// <summary>
/// An idea's photo kept among the uploads (one sent on WhatsApp, which gives no address of its own) is kept while the idea
/// is, and its news: the retention job drops it once no idea uses it; erasing the person drops it with their unpublished ideas.
/// </summary>
internal sealed class IdeaPhotos : IUploadUser
{
    public async Task<IReadOnlyCollection<string>> KeysInUseAsync(BotDbContext db, CancellationToken ct) =>
        [.. (await db.Ideas.AsNoTracking().Where(i => i.PhotoRef != null && i.PhotoRef.Contains(DashboardUpload.MediaPath)).Select(i => i.PhotoRef!)
                .Union(db.IdeaNews.AsNoTracking().Where(n => n.PhotoRef != null && n.PhotoRef.Contains(DashboardUpload.MediaPath)).Select(n => n.PhotoRef!))
                .ToListAsync(ct))
            .Select(DashboardUpload.KeyOf).OfType<string>()];

    /// <summary>Drops the uploads of ideas about to be deleted, unless another idea or piece of news still shows the same photo.</summary>
    public static async Task DropAsync(BotDbContext db, IQueryable<Domain.Ideas.Idea> deleted, CancellationToken ct)
    {
        var addresses = await deleted.Where(i => i.PhotoRef != null && i.PhotoRef.Contains(DashboardUpload.MediaPath)).Select(i => new { i.Id, i.PhotoRef }).ToListAsync(ct);
        if (addresses.Count == 0)
        {
            return;
        }

        var ids = addresses.Select(a => a.Id).ToList();
        var refs = addresses.Select(a => a.PhotoRef!).Distinct().ToList();
        var stillShown = await db.Ideas.Where(i => !ids.Contains(i.Id) && refs.Contains(i.PhotoRef!)).Select(i => i.PhotoRef!)
            .Union(db.IdeaNews.Where(n => refs.Contains(n.PhotoRef!)).Select(n => n.PhotoRef!))
            .ToListAsync(ct);
        var keys = refs.Except(stillShown).Select(DashboardUpload.KeyOf).OfType<string>().ToList();
        await db.DashboardUploads.Where(u => keys.Contains(u.Key)).ExecuteDeleteAsync(ct);
    }
}
