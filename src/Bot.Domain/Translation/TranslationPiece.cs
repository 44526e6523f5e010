using System.Security.Cryptography;
using System.Text;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>One text to translate: what it is, its words, and the language it is taken to be written in (null: unknown, the service tells).</summary>
public sealed record TranslationPiece(string Kind, long SubjectId, string Source, Language? Language)
{
    /// <summary>An idea's title and text, in its author's language.</summary>
    public static IReadOnlyList<TranslationPiece> Of(Ideas.Idea idea) =>
    [
        new(TranslationKinds.IdeaTitle, idea.Id, idea.Title, idea.AuthorLanguage),
        new(TranslationKinds.IdeaText, idea.Id, idea.Description, idea.AuthorLanguage),
    ];

    /// <summary>A comment's words, in its writer's language (it must still have them).</summary>
    public static TranslationPiece Of(Comments.Comment comment) => new(TranslationKinds.Comment, comment.Id, comment.Text!, comment.Language);

    /// <summary>The words' SHA-256, in hex: a translation is of these words only.</summary>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
