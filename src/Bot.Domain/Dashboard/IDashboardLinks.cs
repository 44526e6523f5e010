namespace GenYCity.Bot.Domain.Dashboard;

/// <summary>Port to the stored sign-in links.</summary>
public interface IDashboardLinks
{
    void Add(DashboardLink link);

    Task<DashboardLink?> FindAsync(string tokenHash, CancellationToken ct);
}
