using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace GenYCity.Bot.Host.Tests;

/// <summary>Broadcast fan-out and progress on real SQLite.</summary>
public sealed class BroadcastWorkerTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        var telegram = Substitute.For<IChannelSender>();
        telegram.Channel.Returns(ChannelKind.Telegram);
        services = await StoreServices.CreateAsync(database, s =>
        {
            s.AddSingleton(telegram);
            s.AddSingleton<DeliverySignal>();
            s.AddSingleton<MessagingWindows>();
            s.AddSingleton(Options.Create(new DeliveryOptions { FanOutBatchSize = 10, ProgressInterval = TimeSpan.FromSeconds(1) }));
            s.AddSingleton<BroadcastWorker>();
            new Broadcasts.BroadcastsModule().Register(new Configuration.FeatureModuleBuilder(s));
        });
        await services.InScopeAsync(async db =>
        {
            for (var i = 0; i < 40; i++)
            {
                var member = new Member(i < 38 ? ChannelKind.Telegram : ChannelKind.Messenger, $"{i}", $"{i}", ((i % 3) switch { 0 => Language.Lv, 1 => Language.Ru, _ => Language.En }), StoreServices.Start);
                if (i is not (5 or 6))
                {
                    member.GiveConsent(StoreServices.Start);
                }

                if (i == 7)
                {
                    member.BlockedTheBot();
                }

                db.Members.Add(member);
            }

            await db.SaveChangesAsync();
            var coordinator = await db.Members.OrderBy(m => m.Id).FirstAsync();
            db.Broadcasts.Add(Broadcast.Create(
                BroadcastKind.Announcement,
                AudienceKind.AnnouncementSubscribers,
                null,
                new BroadcastContent(Languages.All.ToDictionary(l => l, l => new OutboundTemplate($"hello in {l}"))),
                coordinator,
                StoreServices.Start));
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task FanOut_WritesEachReachableSubscriberOnce_InTheirLanguage_AcrossBatchesAndARestart()
    {
        var worker = services.GetRequiredService<BroadcastWorker>();
        Assert.True(await worker.FanOutAsync(CancellationToken.None));
        Assert.True(await worker.FanOutAsync(CancellationToken.None));

        // A new worker, as after a restart, carries on from the cursor.
        var afterRestart = ActivatorUtilities.CreateInstance<BroadcastWorker>(services);
        while (await afterRestart.FanOutAsync(CancellationToken.None))
        {
        }

        var rows = await services.InScopeAsync(db => db.Deliveries.AsNoTracking().ToListAsync());
        Assert.Equal(35, rows.Count);
        Assert.Equal(35, rows.Select(r => r.ChatId).Distinct().Count());
        Assert.DoesNotContain(rows, r => r.ChatId is "5" or "6" or "7" or "38" or "39");
        Assert.All(rows, r => Assert.Equal(DeliveryLane.Broadcast, r.Lane));
        Assert.Equal("hello in ru", rows.Single(r => r.ChatId == "1").ReadMessage().Text);
        var broadcast = await services.InScopeAsync(db => db.Broadcasts.SingleAsync());
        Assert.Equal((BroadcastStatus.Sending, 35), (broadcast.Status, broadcast.Queued));
    }

    [Fact]
    public async Task Progress_IsReportedInOneMessage_ThenAFinalReport_WhenEveryMessageIsAccountedFor()
    {
        var worker = services.GetRequiredService<BroadcastWorker>();
        while (await worker.FanOutAsync(CancellationToken.None))
        {
        }

        await MarkAsync(10, DeliveryStatus.Sent);
        await worker.ReportAsync(CancellationToken.None);
        var first = await LastReportAsync();
        Assert.Equal("📣 Sūtu: nosūtīti 10 no 35 · nesasniedzami: 0", first.ReadMessage().Text);
        Assert.Null(first.ReadMessage().ReplacesMessageId);

        await services.InScopeAsync(async db =>
        {
            (await db.Deliveries.SingleAsync(d => d.Id == first.Id)).MarkSent("777", StoreServices.Start);
            await db.SaveChangesAsync();
        });
        services.GetRequiredService<Microsoft.Extensions.Time.Testing.FakeTimeProvider>().Advance(TimeSpan.FromSeconds(2));
        await MarkAsync(20, DeliveryStatus.Sent);
        await worker.ReportAsync(CancellationToken.None);
        var second = await LastReportAsync();
        Assert.Equal(("📣 Sūtu: nosūtīti 30 no 35 · nesasniedzami: 0", "777"), (second.ReadMessage().Text, second.ReadMessage().ReplacesMessageId));

        await MarkAsync(5, DeliveryStatus.Unreachable);
        await worker.ReportAsync(CancellationToken.None);
        Assert.Equal("✅ Pabeigts: nosūtīti 30 · nesasniedzami 5 · neizdevās 0 · izlaisti 0", (await LastReportAsync()).ReadMessage().Text);
        Assert.Equal(BroadcastStatus.Done, (await services.InScopeAsync(db => db.Broadcasts.SingleAsync())).Status);
    }

    private Task MarkAsync(int count, DeliveryStatus status) => services.InScopeAsync(async db =>
    {
        foreach (var row in await db.Deliveries.Where(d => d.BroadcastId != null && d.Status == DeliveryStatus.Pending).OrderBy(d => d.Id).Take(count).ToListAsync())
        {
            if (status == DeliveryStatus.Sent)
            {
                row.MarkSent("1", StoreServices.Start);
            }
            else
            {
                row.MarkUnreachable("blocked", StoreServices.Start);
            }
        }

        await db.SaveChangesAsync();
    });

    private Task<OutboxRow> LastReportAsync() =>
        services.InScopeAsync(db => db.Deliveries.AsNoTracking().Where(d => d.BroadcastId == null).OrderBy(d => d.Id).LastAsync());
}
