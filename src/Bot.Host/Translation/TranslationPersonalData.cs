using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Domain.Translation;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Translation;

/// <summary>
/// Translations go with their texts: /forgetme erases the person's waiting presses, and, once the other parts have
/// erased the person's comments' words and unpublished ideas, every translation whose text is gone.
/// </summary>
internal sealed class TranslationPersonalData(BotDbContext db) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(TranslatedText), typeof(TranslationRequest)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct) =>
        data.Add("translation_requests", await db.Set<TranslationRequest>().AsNoTracking().Where(r => r.MemberId == member.Id).OrderBy(r => r.Id)
            .Select(r => new { r.IdeaId, r.What, r.Page, r.RequestedAt }).ToListAsync(ct));

    public async Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        await db.Set<TranslationRequest>().Where(r => r.MemberId == member.Id).ExecuteDeleteAsync(ct);
        await db.Set<TranslatedText>()
            .Where(t => (t.Kind == TranslationKinds.Comment && !db.Set<Comment>().Any(c => c.Id == t.SubjectId && c.Text != null))
                || ((t.Kind == TranslationKinds.IdeaTitle || t.Kind == TranslationKinds.IdeaText) && !db.Set<Idea>().Any(i => i.Id == t.SubjectId))
                || (t.Kind == TranslationKinds.News && !db.Set<IdeaNews>().Any(n => n.Id == t.SubjectId && n.Text != null)))
            .ExecuteDeleteAsync(ct);
    }
}
