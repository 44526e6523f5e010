using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>A translation service the test switches on; it puts the target language before the text ("[lv] …").</summary>
internal sealed class SettableTranslator : ITranslator
{
    public bool IsOn { get; set; }

    public string? ServiceName => IsOn ? "LibreTranslate, translate.test" : null;

    public Task<TranslationResult> TranslateAsync(string text, Language? source, Language target, CancellationToken ct) =>
        Task.FromResult(IsOn ? TranslationResult.Done($"[{target.Code}] {text}") : TranslationResult.Not(TranslationStatus.Off));
}
