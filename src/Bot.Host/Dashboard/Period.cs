namespace GenYCity.Bot.Host.Dashboard;

/// <summary>A stretch of time: from <see cref="From"/> (included) to <see cref="To"/> (not included).</summary>
public sealed record Period(DateTimeOffset From, DateTimeOffset To)
{
    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;
}
