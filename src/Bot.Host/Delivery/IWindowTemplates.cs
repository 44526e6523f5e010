using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// The templates a channel that takes them outside its messaging window (<see cref="ChannelTraits.TakesTemplates"/>,
/// WhatsApp) has, as the city's settings name them: registered by the channel when it is on.
/// </summary>
public interface IWindowTemplates
{
    ChannelKind Channel { get; }

    /// <summary>Whether the city has an approved template for this kind of message in this language.</summary>
    bool Has(string kind, Language language);

    /// <summary>How many more people templates may reach now (the platform's daily limit), for a preview.</summary>
    Task<int> RemainingAsync(CancellationToken ct);
}
