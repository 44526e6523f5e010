using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static GenYCity.Bot.Host.Tests.PumpParts;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The recording of results in the outbox, on SQLite: a result applies only to a row still on its way.</summary>
public sealed class DeliveryStoreTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.OfAsync(DatabaseProvider.Sqlite);
        services = await StoreServices.CreateAsync(database, s =>
        {
            s.AddSingleton(Options.Create(new DeliveryOptions()));
            s.AddSingleton<DeliveryStore>();
            s.AddSingleton<WalCheckpoint>();
            s.AddSingleton(Redactor);
        });
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        database.Dispose();
    }

    private DeliveryStore Store => services.GetRequiredService<DeliveryStore>();

    [Theory]
    [InlineData(DeliveryStatus.Sending)]
    [InlineData(DeliveryStatus.Pending)]
    public async Task AResult_IsRecordedOnARowStillOnItsWay(DeliveryStatus status)
    {
        await EnqueueAsync("42");
        await EnqueueAsync("43");
        var claimed = await Store.ClaimAsync(ChannelKind.Telegram, DeliveryLane.Reply, 10, CancellationToken.None);
        if (status == DeliveryStatus.Pending)
        {
            // Put back in the outbox when the lease was taken afresh, before its result came.
            await Store.RequeueInterruptedAsync(ChannelKind.Telegram, null, CancellationToken.None);
        }

        await Store.RecordAsync([new Completion(claimed[0], new SendResult.Sent("77")), new Completion(claimed[1], new SendResult.Failed("400 Bad Request"))], CancellationToken.None);

        var rows = await RowsAsync();
        Assert.Equal([(DeliveryStatus.Sent, "77"), (DeliveryStatus.Failed, null)], rows.Select(r => (r.Status, r.SentMessageId)));
    }

    [Fact]
    public async Task AResultRecordedLate_LeavesARowThatWasFinishedMeanwhile_AsItIs()
    {
        // Claimed here, then the database went away; meanwhile another instance took the lease, sent it and recorded it.
        var sentElsewhere = await ClaimedAsync();
        await services.InScopeAsync(async db =>
        {
            var row = await db.Deliveries.SingleAsync();
            row.MarkSent("1001", StoreServices.Start);
            await db.SaveChangesAsync();
        });

        await Store.RecordAsync([new Completion(sentElsewhere, new SendResult.Sent("77"))], CancellationToken.None);
        await Store.RecordAsync([new Completion(sentElsewhere, new SendResult.RetryLater("502 Bad Gateway"))], CancellationToken.None);
        await Store.RecordAsync([new Completion(sentElsewhere, new SendResult.Unreachable("403 Forbidden"))], CancellationToken.None);

        var row = Assert.Single(await RowsAsync());
        Assert.Equal((DeliveryStatus.Sent, "1001", 1, (string?)null), (row.Status, row.SentMessageId, row.Attempts, row.LastError));
    }

    private async Task<WorkItem> ClaimedAsync()
    {
        await EnqueueAsync("42");
        return Assert.Single(await Store.ClaimAsync(ChannelKind.Telegram, DeliveryLane.Reply, 10, CancellationToken.None));
    }

    private Task EnqueueAsync(string chat) => services.InScopeAsync(async db =>
    {
        db.Deliveries.Add(OutboxRow.Create(new OutboundMessage(new Recipient(ChannelKind.Telegram, chat), $"to {chat}"), StoreServices.Start));
        await db.SaveChangesAsync();
    });

    private Task<List<OutboxRow>> RowsAsync() => services.InScopeAsync(db => db.Deliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());
}
