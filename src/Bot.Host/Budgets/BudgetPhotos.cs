using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>A project's uploaded photo is kept while the project is, however long the budget takes to prepare and vote.</summary>
internal sealed class BudgetPhotos : IUploadUser
{
    public async Task<IReadOnlyCollection<string>> KeysInUseAsync(BotDbContext db, CancellationToken ct) =>
        [.. (await db.Set<BudgetProject>().AsNoTracking().Where(p => p.PhotoRef != null && p.PhotoRef.Contains(DashboardUpload.MediaPath)).Select(p => p.PhotoRef!).ToListAsync(ct))
            .Select(DashboardUpload.KeyOf).OfType<string>()];
}
