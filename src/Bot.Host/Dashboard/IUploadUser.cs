using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// A feature that keeps using photos uploaded on the dashboard (a budget's projects) beyond the retention period
/// that ends an announcement's photo: the retention job keeps the uploads it names.
/// </summary>
public interface IUploadUser
{
    /// <summary>The keys of the uploads still in use.</summary>
    Task<IReadOnlyCollection<string>> KeysInUseAsync(BotDbContext db, CancellationToken ct);
}
