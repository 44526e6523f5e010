using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Comments;

/// <summary>Comments' host side: their tables, a person's comments in /mydata, the ideas' authors as an audience, and comments in the action-plan report.</summary>
public sealed class CommentsModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<ICommentRepository, CommentRepository>()
        .PersonalData<CommentsPersonalData>()
        // The author of the idea (the broadcast's subject), who keeps idea news on: told of others' comments once a day.
        .Audience(CommentNotices.IdeaAuthor, (db, reachable, eventId, subjectId) =>
            reachable.Where(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.IdeaNews) != 0
                && db.Ideas.Any(i => i.Id == subjectId && i.AuthorId == m.Id)))
        .Participation((db, from, to) => db.Set<Comment>().Where(c => c.AuthorId != null && c.CreatedAt >= from && c.CreatedAt < to).Select(c => c.AuthorId!.Value))
        .ReportPart<CommentsInReport>();
}
