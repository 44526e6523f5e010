using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Tests;

/// <summary>What the tests of the pump's parts share: a fake clock, messages to chats, and the parts' plain dependencies.</summary>
internal static class PumpParts
{
    public static readonly ChannelLimits TelegramLimits = new() { PerSecond = 30, PaidPerSecond = 1000, ChatBurst = 1, ChatPerSecond = 1, GroupPerMinute = 20, GroupBurst = 1 };

    public static SecretRedactor Redactor { get; } = new([], NoServices, Options.Create(new Health.HealthOptions()), Options.Create(new Translation.TranslationOptions()));

    /// <summary>A service provider with nothing in it, for what takes one and needs nothing from it.</summary>
    public static IServiceProvider NoServices => EmptyServices.Instance;

    public static ILogger Logger => NullLogger.Instance;

    public static WatchedClock Clock() => new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    /// <summary>An outbox row to <paramref name="chat"/>, as a claim returns it.</summary>
    public static WorkItem Item(long id, string chat = "42", DeliveryLane lane = DeliveryLane.Reply, int epoch = 1) =>
        new(id, ChannelKind.Telegram, chat, lane, OutboxRow.WritePayload(new OutboundMessage(new Recipient(ChannelKind.Telegram, chat), $"message {id}") { Lane = lane }))
        {
            Epoch = epoch,
        };

    /// <summary>A 429 with the platform's wait.</summary>
    public static SendResult TooMany(double seconds, bool overall = false) =>
        new SendResult.RetryLater("429 Too Many Requests", TimeSpan.FromSeconds(seconds), overall);

    public static SendResult Sent { get; } = new SendResult.Sent("1");

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
