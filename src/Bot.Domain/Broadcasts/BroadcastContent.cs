using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>The same message in each language; each recipient gets theirs.</summary>
public sealed record BroadcastContent(IReadOnlyDictionary<Language, OutboundTemplate> ByLanguage)
{
    /// <summary>The message for one recipient, in their language (English, then any, if the content lacks it).</summary>
    public OutboundMessage For(Recipient recipient, Language language) =>
        (ByLanguage.GetValueOrDefault(language) ?? ByLanguage.GetValueOrDefault(Language.En) ?? ByLanguage.Values.First()).To(recipient);
}
