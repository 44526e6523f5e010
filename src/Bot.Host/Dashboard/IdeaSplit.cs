namespace GenYCity.Bot.Host.Dashboard;

/// <summary>What ideas are split by: their theme's key, or the status they have now ("Approved").</summary>
public enum IdeaSplit
{
    Theme,
    Status,
}
