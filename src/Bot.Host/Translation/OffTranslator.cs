using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;

namespace GenYCity.Bot.Host.Translation;

/// <summary>No translation service is set (Translation:Url): nothing is offered, and nothing leaves the bot.</summary>
public sealed class OffTranslator : ITranslator
{
    private static readonly Task<TranslationResult> Off = Task.FromResult(TranslationResult.Not(TranslationStatus.Off));

    public bool IsOn => false;

    public string? ServiceName => null;

    public Task<TranslationResult> TranslateAsync(string text, Language? source, Language target, CancellationToken ct) => Off;
}
