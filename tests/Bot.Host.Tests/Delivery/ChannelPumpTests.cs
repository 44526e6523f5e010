using System.Collections.Concurrent;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static GenYCity.Bot.Host.Tests.PumpParts;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The pump with its parts together, on a SQLite outbox and a channel the test scripts: what no part can show alone.</summary>
public sealed class ChannelPumpTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    // One slot: a send that lost its slot would hold up every later one, and the stop, which waits for every slot.
    private readonly DeliveryOptions options = new() { MaxInFlight = 1, IdlePollInterval = TimeSpan.FromMilliseconds(50) };
    private readonly CancellationTokenSource stop = new();
    private readonly FlakySender sender = new();
    private TestDatabase database = null!;
    private ServiceProvider services = null!;
    private Task running = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.OfAsync(DatabaseProvider.Sqlite);
        services = await StoreServices.CreateAsync(database, s =>
        {
            s.AddSingleton(Options.Create(options));
            s.AddSingleton<DeliveryStore>();
            s.AddSingleton<Erasures>();
            s.AddSingleton<WalCheckpoint>();
            s.AddSingleton(Redactor);
            s.AddSingleton<ChannelLeases>();
            s.AddMetrics();
            s.AddSingleton<Telemetry.OutboxFigures>();
            s.AddSingleton<Telemetry.BotMetrics>();
        });
    }

    public async Task DisposeAsync()
    {
        await stop.CancelAsync();
        await running.WaitAsync(Wait);
        stop.Dispose();
        await services.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task ASendWhoseFailureCannotEvenBeDescribed_StillHandsItsSlotOn_AndTheStopDoesNotHang()
    {
        await EnqueueAsync(Message("unspeakable", "42"), Message("after it", "43"));

        running = Pump().RunAsync(stop.Token);
        await Eventually.WaitUntilAsync(() => sender.Delivered.Contains("after it"));

        // Maybe sent before it broke off: it goes again later, as any failed send.
        await Eventually.WaitUntilAsync(async () => (await RowAsync("unspeakable")) is { Status: DeliveryStatus.Pending, Attempts: 1, LastError: "the send broke off" });
        await stop.CancelAsync();
        await running.WaitAsync(Wait);
    }

    private ChannelPump Pump() => new(
        sender,
        TelegramLimits,
        services.GetRequiredService<DeliveryStore>(),
        new DeliverySignal(),
        options,
        new Health.ChannelHealth(),
        services.GetRequiredService<Erasures>(),
        Redactor,
        services.GetRequiredService<ChannelLeases>(),
        [],
        services.GetRequiredService<Telemetry.BotMetrics>(),
        Logger);

    private static OutboundMessage Message(string text, string chat) => new(new Recipient(ChannelKind.Telegram, chat), text);

    private Task EnqueueAsync(params OutboundMessage[] messages) => services.InScopeAsync(async db =>
    {
        db.Deliveries.AddRange(messages.Select(m => OutboxRow.Create(m, StoreServices.Start)));
        await db.SaveChangesAsync();
    });

    private Task<OutboxRow> RowAsync(string text) =>
        services.InScopeAsync(async db => (await db.Deliveries.AsNoTracking().ToListAsync()).Single(r => r.PayloadJson != OutboxRow.NoPayload && r.ReadMessage().Text == text));

    /// <summary>A channel that sends everything but "unspeakable", for which it throws an error whose very words throw.</summary>
    private sealed class FlakySender : IChannelSender
    {
        public ConcurrentBag<string> Delivered { get; } = [];

        public ChannelKind Channel => ChannelKind.Telegram;

        public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
        {
            if (message.Text == "unspeakable")
            {
                throw new UnspeakableException();
            }

            Delivered.Add(message.Text);
            return Task.FromResult<SendResult>(new SendResult.Sent("1"));
        }
    }

    /// <summary>An error that cannot say what it is: logging it throws in turn.</summary>
    private sealed class UnspeakableException : Exception
    {
        public override string Message => throw new InvalidOperationException("no words for it");
    }
}
