using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>Port to the kept translations and the presses waiting for one; changes are saved with the unit of work.</summary>
public interface ITranslationRepository
{
    /// <summary>The kept translations of these pieces into <paramref name="target"/> that are of their present words.</summary>
    Task<IReadOnlyDictionary<(string Kind, long SubjectId), string>> FindAsync(IReadOnlyList<TranslationPiece> pieces, Language target, CancellationToken ct);

    /// <summary>Keeps a translation, replacing one of older words.</summary>
    Task KeepAsync(TranslatedText translation, CancellationToken ct);

    Task<TranslationRequest?> FindRequestAsync(string what, long ideaId, int page, long memberId, CancellationToken ct);

    void AddRequest(TranslationRequest request);

    Task<TranslationRequest?> FindRequestAsync(long id, CancellationToken ct);

    void RemoveRequest(TranslationRequest request);
}
