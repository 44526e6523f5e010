using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>
/// Port to a machine-translation service (LibreTranslate first). Only the text goes to it, never a name or
/// anything else about a person. A call never throws for the service's faults: it says what became of it.
/// </summary>
public interface ITranslator
{
    /// <summary>Whether a service is set (Translation:Url); when it is not, no Translate button is offered.</summary>
    bool IsOn { get; }

    /// <summary>The service as the privacy notice names it ("LibreTranslate, translate.example.lv"); null when off.</summary>
    string? ServiceName { get; }

    /// <summary>The text in <paramref name="target"/>; <paramref name="source"/> null lets the service detect it.</summary>
    Task<TranslationResult> TranslateAsync(string text, Language? source, Language target, CancellationToken ct);
}
