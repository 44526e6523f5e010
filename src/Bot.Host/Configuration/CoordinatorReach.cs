using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels;

namespace GenYCity.Bot.Host.Configuration;

/// <summary>
/// Warns once at start when no coordinator in Bot:Coordinators chats on a channel that is on (only the shipped
/// console:local while Telegram runs, say): new ideas then reach no one, and no one can moderate, announce or
/// sign in to the dashboard. A warning, not a stop: a city may start the bot before it knows its coordinators' ids.
/// </summary>
internal sealed class CoordinatorReach(BotOptions bot, IEnumerable<ChatChannel> channels, IConfiguration configuration, ILogger<CoordinatorReach> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var on = ChatChannels.On(channels, configuration);
        if (!bot.Coordinators.Any(entry => Coordinators.TryParse(entry, out var channel, out _) && on.Contains(channel)))
        {
            logger.LogWarning(
                "No coordinator can use the bot: Bot:Coordinators names {Coordinators}, and the bot chats on {Channels}. New ideas reach no one and no one can moderate or sign in to the dashboard; name a coordinator such as {Example} (Bot__Coordinators__0 in the environment)",
                bot.Coordinators.Count > 0 ? string.Join(", ", bot.Coordinators) : "no one",
                string.Join(", ", on.Select(c => c.ToString().ToLowerInvariant())),
                ChannelTraits.For(on[0]).CoordinatorExample);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
