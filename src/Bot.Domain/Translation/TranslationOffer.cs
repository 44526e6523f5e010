using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>Whether Translate is offered: a service is set, and the text is in another language than the reader's.</summary>
public sealed class TranslationOffer(ITranslator translator)
{
    public bool IsOn => translator.IsOn;

    public string? ServiceName => translator.ServiceName;

    /// <summary>Offered for a text in another language than the reader's, or in one not known.</summary>
    public bool For(Language? written, Language reader) => translator.IsOn && written != reader;
}
