using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;
using GenYCity.Bot.Host.Dispatch;

namespace GenYCity.Bot.Host.Translation;

/// <summary>
/// An idea's translation for the coordinators' pages, beside the original: the kept one, or one asked for from the
/// page (the service is asked with no transaction open, and what it gives is kept for the chat's readers too).
/// </summary>
public sealed class DashboardTranslations(ITranslator translator, UnitOfWork unitOfWork, TimeProvider clock)
{
    public bool IsOn => translator.IsOn;

    /// <summary>The service, as the translations are marked.</summary>
    public string ServiceName => translator.ServiceName ?? string.Empty;

    /// <summary>Whether this idea could be shown translated into <paramref name="language"/>.</summary>
    public bool Offered(Idea idea, Language language) => translator.IsOn && idea.AuthorLanguage != language;

    /// <summary>The kept translation of the idea's title and text into <paramref name="language"/>, if both are.</summary>
    public static async Task<(string Title, string Text)?> KeptAsync(ITranslationRepository store, Idea idea, Language language, CancellationToken ct)
    {
        var pieces = Pieces(idea);
        var kept = await store.FindAsync(pieces, language, ct);
        return kept.TryGetValue((TranslationKinds.IdeaTitle, idea.Id), out var title) && kept.TryGetValue((TranslationKinds.IdeaText, idea.Id), out var text)
            ? (title, text)
            : null;
    }

    /// <summary>Translates the idea into <paramref name="language"/> and keeps it; false when the service did not.</summary>
    public Task<bool> TranslateAsync(Idea idea, Language language, CancellationToken ct) => TranslateAsync(Pieces(idea), language, ct);

    /// <summary>The comments in another language than <paramref name="language"/>, as pieces to translate (deleted ones have nothing).</summary>
    public static IReadOnlyList<TranslationPiece> Pieces(IEnumerable<Domain.Comments.Comment> comments, Language language) =>
        [.. comments.Where(c => c.Text is not null && c.Language != language).Select(c => new TranslationPiece(TranslationKinds.Comment, c.Id, c.Text!, c.Language))];

    /// <summary>Translates the pieces into <paramref name="language"/> and keeps them; false when the service did not.</summary>
    public async Task<bool> TranslateAsync(IReadOnlyList<TranslationPiece> pieces, Language language, CancellationToken ct)
    {
        var made = new List<(TranslationPiece Piece, string Text)>();
        foreach (var piece in pieces)
        {
            if (await translator.TranslateAsync(piece.Source, piece.Language, language, ct) is not { Status: TranslationStatus.Translated, Text: { } text })
            {
                return false;
            }

            made.Add((piece, text));
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

    private static List<TranslationPiece> Pieces(Idea idea) =>
    [
        new(TranslationKinds.IdeaTitle, idea.Id, idea.Title, idea.AuthorLanguage),
        new(TranslationKinds.IdeaText, idea.Id, idea.Description, idea.AuthorLanguage),
    ];
}
