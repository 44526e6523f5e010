using System.Security.Cryptography;
using System.Text;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>One text to translate: what it is, its words, and the language it is taken to be written in (null: unknown, the service tells).</summary>
public sealed record TranslationPiece(string Kind, long SubjectId, string Source, Language? Language)
{
    /// <summary>The words' SHA-256, in hex: a translation is of these words only.</summary>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
