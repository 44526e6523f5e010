using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>The overview: what waits for a coordinator, the members and channels in figures, and the charts.</summary>
public sealed class IndexModel(IIdeaRepository ideas) : DashboardPage
{
    public int Waiting { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Waiting = (await ideas.ListAwaitingCoordinatorAsync(ct)).Count;
}
