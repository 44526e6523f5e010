using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Channels;

/// <summary>
/// A channel as its registration declares it to the rest of the host: its kind, when configuration turns it
/// on, the secrets its settings hold (cut out of every text bound for a log, the database or a person, even
/// while it is off), and its webhook's endpoints, if it has any. Each channel's <c>AddX</c> registers its own
/// (<see cref="ChatChannels.AddChatChannel"/>); what differs in how people are talked to there is its
/// <see cref="ChannelTraits"/>.
/// </summary>
public sealed record ChatChannel(ChannelKind Kind, Func<IConfiguration, bool> IsOn)
{
    public Func<IServiceProvider, IEnumerable<string?>> Secrets { get; init; } = _ => [];

    public Action<WebApplication>? MapWebhook { get; init; }
}
