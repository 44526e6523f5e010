using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;
using GenYCity.Bot.Host.Dispatch;

namespace GenYCity.Bot.Host.Translation;

/// <summary>
/// An idea's translation for the coordinators' pages, beside the original: the kept one, or one asked for from the
/// page (the service is asked with no transaction open, and what it gives is kept for the chat's readers too).
/// </summary>
public sealed class DashboardTranslations(ITranslator translator, UnitOfWork unitOfWork, TimeProvider clock, ILogger<DashboardTranslations> logger)
{
    public bool IsOn => translator.IsOn;

    /// <summary>The service, as the translations are marked.</summary>
    public string ServiceName => translator.ServiceName ?? string.Empty;

    /// <summary>Whether this idea could be shown translated into <paramref name="language"/>.</summary>
    public bool Offered(Idea idea, Language language) => translator.IsOn && idea.AuthorLanguage != language;

    /// <summary>The kept translation of the idea's title and text into <paramref name="language"/>, if both are.</summary>
    public static async Task<(string Title, string Text)?> KeptAsync(ITranslationRepository store, Idea idea, Language language, CancellationToken ct)
    {
        var pieces = TranslationPiece.Of(idea);
        var kept = await store.FindAsync(pieces, language, ct);
        return kept.TryGetValue((TranslationKinds.IdeaTitle, idea.Id), out var title) && kept.TryGetValue((TranslationKinds.IdeaText, idea.Id), out var text)
            ? (title, text)
            : null;
    }

    /// <summary>Translates the idea into <paramref name="language"/> and keeps it; false when the service did not.</summary>
    public Task<bool> TranslateAsync(Idea idea, Language language, CancellationToken ct) => TranslateAsync(TranslationPiece.Of(idea), language, ct);

    /// <summary>The comments in another language than <paramref name="language"/>, as pieces to translate (deleted ones have nothing).</summary>
    public static IReadOnlyList<TranslationPiece> Pieces(IEnumerable<Domain.Comments.Comment> comments, Language language) =>
        [.. comments.Where(c => c.Text is not null && c.Language != language).Select(TranslationPiece.Of)];

    /// <summary>Translates the pieces into <paramref name="language"/> and keeps them; false when the service did not.</summary>
    public async Task<bool> TranslateAsync(IReadOnlyList<TranslationPiece> pieces, Language language, CancellationToken ct)
    {
        var (made, failed) = await PieceTranslations.MakeAsync(translator, pieces, language, logger, ct);
        if (failed)
        {
            return false;
        }

        return await unitOfWork.RunAsync(async services =>
        {
            var store = services.GetRequiredService<ITranslationRepository>();
            foreach (var (piece, text) in made)
            {
                await store.KeepAsync(TranslatedText.Of(piece, language, text, clock.GetUtcNow()), ct);
            }

            return [];
        }, ct);
    }
}
