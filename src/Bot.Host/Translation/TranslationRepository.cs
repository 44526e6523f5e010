using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Translation;

internal sealed class TranslationRepository(BotDbContext db) : ITranslationRepository
{
    private DbSet<TranslatedText> Texts => db.Set<TranslatedText>();

    private DbSet<TranslationRequest> Requests => db.Set<TranslationRequest>();

    public async Task<IReadOnlyDictionary<(string Kind, long SubjectId), string>> FindAsync(IReadOnlyList<TranslationPiece> pieces, Language target, CancellationToken ct)
    {
        if (pieces.Count == 0)
        {
            return new Dictionary<(string, long), string>();
        }

        var ids = pieces.Select(p => p.SubjectId).Distinct().ToList();
        var kinds = pieces.Select(p => p.Kind).Distinct().ToList();
        var kept = await Texts.AsNoTracking().Where(t => t.Target == target && ids.Contains(t.SubjectId) && kinds.Contains(t.Kind)).ToListAsync(ct);
        return pieces
            .Select(p => (p, Kept: kept.SingleOrDefault(t => t.Kind == p.Kind && t.SubjectId == p.SubjectId && t.SourceHash == TranslationPiece.Hash(p.Source))))
            .Where(x => x.Kept is not null)
            .ToDictionary(x => (x.p.Kind, x.p.SubjectId), x => x.Kept!.Text);
    }

    public async Task KeepAsync(TranslatedText translation, CancellationToken ct)
    {
        await Texts.Where(t => t.Kind == translation.Kind && t.SubjectId == translation.SubjectId && t.Target == translation.Target).ExecuteDeleteAsync(ct);
        Texts.Add(translation);
        // Saved inside the unit of work's transaction, so the message made next reads it.
        await db.SaveChangesAsync(ct);
    }

    public Task<TranslationRequest?> FindRequestAsync(string what, long ideaId, int page, long memberId, CancellationToken ct) =>
        Requests.SingleOrDefaultAsync(r => r.What == what && r.IdeaId == ideaId && r.Page == page && r.MemberId == memberId, ct);

    public void AddRequest(TranslationRequest request) => Requests.Add(request);

    public Task<TranslationRequest?> FindRequestAsync(long id, CancellationToken ct) => Requests.FindAsync([id], ct).AsTask();

    public void RemoveRequest(TranslationRequest request) => Requests.Remove(request);
}
