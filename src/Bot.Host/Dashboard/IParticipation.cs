using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>One feature's way of taking part (submitting an idea, answering an event, voting), for the action-plan report's participants.</summary>
public interface IParticipation
{
    /// <summary>The members who took part this way in [from, to), as a query the report unites with the others'.</summary>
    IQueryable<long> Members(BotDbContext db, DateTimeOffset from, DateTimeOffset to);
}
