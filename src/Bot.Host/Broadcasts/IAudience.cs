using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Broadcasts;

/// <summary>Who one audience is, defined by the feature whose broadcasts go to it.</summary>
public interface IAudience
{
    AudienceKind Kind { get; }

    /// <summary>The audience among <paramref name="reachable"/> (people the bot can reach on a channel it runs now).</summary>
    IQueryable<Member> Of(BotDbContext db, IQueryable<Member> reachable, long? eventId, long? subjectId);
}
