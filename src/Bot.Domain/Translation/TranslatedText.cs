using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>
/// A machine translation kept so that the next reader of the same text in the same language gets it at once:
/// of what (an idea's title or text, a comment), into which language, and a hash of the words it was made from,
/// so a translation of words since changed is not shown. Erased with its text.
/// </summary>
public sealed class TranslatedText
{
    private TranslatedText()
    {
        Kind = string.Empty;
        SourceHash = string.Empty;
        Text = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>What was translated: <see cref="TranslationKinds"/>.</summary>
    public string Kind { get; private set; }

    public long SubjectId { get; private set; }

    public Language Target { get; private set; }

    public string SourceHash { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static TranslatedText Of(TranslationPiece piece, Language target, string text, DateTimeOffset now) => new()
    {
        Kind = piece.Kind,
        SubjectId = piece.SubjectId,
        Target = target,
        SourceHash = TranslationPiece.Hash(piece.Source),
        Text = text,
        CreatedAt = now,
    };
}
