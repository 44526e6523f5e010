using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;

namespace GenYCity.Bot.Host.Translation;

/// <summary>Asks the service for pieces one after another, with no transaction open, for the worker and the dashboard alike.</summary>
internal static class PieceTranslations
{
    /// <summary>A translation longer than this is not one (and would not fit its column).</summary>
    public const int MaxLength = 20_000;

    /// <summary>
    /// The pieces translated into <paramref name="target"/>, in order, up to the first the service did not translate
    /// (an error, a hang, garbage, an answer past <see cref="MaxLength"/>); <c>Failed</c> says whether there was one.
    /// </summary>
    public static async Task<(List<(TranslationPiece Piece, string Text)> Made, bool Failed)> MakeAsync(
        ITranslator translator, IEnumerable<TranslationPiece> pieces, Language target, ILogger logger, CancellationToken ct)
    {
        var made = new List<(TranslationPiece Piece, string Text)>();
        foreach (var piece in pieces)
        {
            var result = await translator.TranslateAsync(piece.Source, piece.Language, target, ct);
            if (result is not { Status: TranslationStatus.Translated, Text: { Length: <= MaxLength } text })
            {
                logger.LogInformation("A translation into {Language} was not made: {Status}", target, result.Status);
                return (made, true);
            }

            made.Add((piece, text));
        }

        return (made, false);
    }
}
