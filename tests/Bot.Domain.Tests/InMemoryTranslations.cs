using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Kept translations and waiting presses as lists, for domain tests.</summary>
internal sealed class InMemoryTranslations : ITranslationRepository
{
    private readonly List<TranslatedText> texts = [];
    private readonly List<TranslationRequest> requests = [];

    public IReadOnlyList<TranslationRequest> Requests => requests;

    public Task<IReadOnlyDictionary<(string Kind, long SubjectId), string>> FindAsync(IReadOnlyList<TranslationPiece> pieces, Language target, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<(string Kind, long SubjectId), string>>(pieces
            .Select(p => (p, Kept: texts.LastOrDefault(t => t.Kind == p.Kind && t.SubjectId == p.SubjectId && t.Target == target && t.SourceHash == TranslationPiece.Hash(p.Source))))
            .Where(x => x.Kept is not null)
            .ToDictionary(x => (x.p.Kind, x.p.SubjectId), x => x.Kept!.Text));

    public Task KeepAsync(TranslatedText translation, CancellationToken ct)
    {
        texts.RemoveAll(t => t.Kind == translation.Kind && t.SubjectId == translation.SubjectId && t.Target == translation.Target);
        texts.Add(translation);
        return Task.CompletedTask;
    }

    public Task<TranslationRequest?> FindRequestAsync(string what, long ideaId, int page, long memberId, CancellationToken ct) =>
        Task.FromResult(requests.SingleOrDefault(r => r.What == what && r.IdeaId == ideaId && r.Page == page && r.MemberId == memberId));

    public void AddRequest(TranslationRequest request)
    {
        typeof(TranslationRequest).GetProperty(nameof(TranslationRequest.Id))!.SetValue(request, requests.Count + 1L);
        requests.Add(request);
    }

    public Task<TranslationRequest?> FindRequestAsync(long id, CancellationToken ct) => Task.FromResult(requests.SingleOrDefault(r => r.Id == id));

    public void RemoveRequest(TranslationRequest request) => requests.Remove(request);
}
