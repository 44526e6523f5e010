namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// What the overview shows first: how many members there are and how many joined this week (since Monday, in the city),
/// and how many people took part this month so far against the same days of the month before.
/// </summary>
public sealed record KeyFigures(int Members, int NewThisWeek, int ParticipantsThisMonth, int ParticipantsLastMonth)
{
    /// <summary>This month's participants less last month's by the same day: the change the overview shows.</summary>
    public int Change => ParticipantsThisMonth - ParticipantsLastMonth;
}
