using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Channels;

/// <summary>The channels the bot runs on, as their registrations declare them and configuration turns them on.</summary>
public static class ChatChannels
{
    /// <summary>Declares a channel; called by its <c>AddX</c> whether or not configuration turns it on.</summary>
    public static WebApplicationBuilder AddChatChannel(this WebApplicationBuilder builder, ChatChannel channel)
    {
        builder.Services.AddSingleton(channel);
        return builder;
    }

    /// <summary>The channels people chat on, as declared so far: those configuration turns on, or the console chat when none is.</summary>
    public static IReadOnlyList<ChannelKind> On(WebApplicationBuilder builder) => On(Declared(builder), builder.Configuration);

    /// <summary>
    /// The channels people chat on among <paramref name="channels"/>: those configuration turns on (Telegram with a bot
    /// token, Messenger with its Page token, app secret and verify token…), or the console chat when none is.
    /// </summary>
    public static IReadOnlyList<ChannelKind> On(IEnumerable<ChatChannel> channels, IConfiguration configuration)
    {
        var on = channels.Where(c => c.IsOn(configuration) && c.Kind.Traits().HasPeople).Select(c => c.Kind).ToList();
        return on.Count > 0 ? on : [ChannelKind.Console];
    }

    /// <summary>The feeds the bot only posts to, as configuration turns them on (a Facebook Page with its token).</summary>
    public static IReadOnlyList<ChannelKind> Feeds(WebApplicationBuilder builder) =>
        Declared(builder).Where(c => c.IsOn(builder.Configuration) && !c.Kind.Traits().HasPeople).Select(c => c.Kind).ToList();

    /// <summary>Maps every declared channel's webhook (each maps it only when it runs by webhook).</summary>
    public static WebApplication MapChannelWebhooks(this WebApplication app)
    {
        foreach (var channel in app.Services.GetServices<ChatChannel>())
        {
            channel.MapWebhook?.Invoke(app);
        }

        return app;
    }

    private static IEnumerable<ChatChannel> Declared(WebApplicationBuilder builder) =>
        builder.Services.Where(d => d.ServiceType == typeof(ChatChannel)).Select(d => (ChatChannel)d.ImplementationInstance!);
}
