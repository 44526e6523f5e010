using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A poll closing on PostgreSQL while a copy of it, already on its way, is recorded as sent: whichever commits
/// first, the copy is stopped (Telegram's stopPoll), so no chat keeps offering a vote that would not count. The
/// closing is held at the moment that matters, in its first run, while the recording goes on beside it.
/// </summary>
public sealed class PollClosingRaceTests : BotTest
{
    private const string Chat = "8001";
    private const string MessageId = "55";

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    [Fact]
    public async Task ACopyRecordedAfterTheClosingRead_ButBeforeItWrote_IsStoppedByTheClosing()
    {
        var pollId = await SeedPollAsync();
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        // The closing reads the poll (its snapshot begins), and waits there in its first run.
        var closing = CloseAsync(pollId, holdBeforeClosing: true, held, release);
        await held.Task;
        await RecordCopyAsync(pollId);
        release.SetResult();
        await closing;

        await WaitForStopAsync();
        // The closing was refused once and run again, as it should be: not a failure for the operator's log.
        Assert.DoesNotContain(Bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACopyRecordedWhileTheClosingIsUncommitted_IsStoppedByTheRecording()
    {
        var pollId = await SeedPollAsync();
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        // The closing has closed the poll and listed its copies, and waits before its commit.
        var closing = CloseAsync(pollId, holdBeforeClosing: false, held, release);
        await held.Task;
        var recording = RecordCopyAsync(pollId);
        // The recording either waits for the closing's commit or, reading past it, has finished.
        await Eventually.WaitUntilAsync(async () => recording.IsCompleted || await WaitingForALockAsync(), "the recording to wait for the closing's lock, or to finish");
        release.SetResult();
        await closing;
        await recording;

        await WaitForStopAsync();
    }

    private async Task<long> SeedPollAsync() => await Bot.InScopeAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var poll = Poll.Create("Kur likt soliņus?", ["Parkā", "Pie upes"], AudienceKind.AnnouncementSubscribers, null, now.AddDays(1), null, now);
        db.Polls.Add(poll);
        await db.SaveChangesAsync();
        return poll.Id;
    });

    private Task<bool> CloseAsync(long pollId, bool holdBeforeClosing, TaskCompletionSource held, TaskCompletionSource release)
    {
        var runs = 0;
        return Bot.Services.GetRequiredService<UnitOfWork>().RunAsync(
            async services =>
            {
                var first = Interlocked.Increment(ref runs) == 1;
                var poll = await services.GetRequiredService<IPollRepository>().FindAsync(pollId, CancellationToken.None);
                if (first && holdBeforeClosing)
                {
                    held.SetResult();
                    await release.Task;
                }

                var messages = await services.GetRequiredService<PollClosing>().CloseAsync(poll!, DateTimeOffset.UtcNow, CancellationToken.None);
                if (first && !holdBeforeClosing)
                {
                    held.SetResult();
                    await release.Task;
                }

                return messages;
            },
            CancellationToken.None);
    }

    /// <summary>What the pump records when a copy of the poll, sent to <see cref="Chat"/>, comes back as sent.</summary>
    private Task RecordCopyAsync(long pollId)
    {
        var copy = new OutboundMessage(new Recipient(ChannelKind.Telegram, Chat), "Kur likt soliņus?")
        {
            Lane = DeliveryLane.Broadcast,
            Poll = new NativePoll(pollId, "Kur likt soliņus?", ["Parkā", "Pie upes"]),
        };
        var item = new WorkItem(0, ChannelKind.Telegram, Chat, DeliveryLane.Broadcast, OutboxRow.WritePayload(copy));
        return Bot.Services.GetRequiredService<DeliveryStore>().RecordAsync([new Completion(item, new SendResult.Sent(MessageId) { NativeId = "tg-poll-8001" })], CancellationToken.None);
    }

    private async Task<bool> WaitingForALockAsync() => await Bot.InScopeAsync(db => db.Database
        .SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%UPDATE "Polls"%'""")
        .SingleAsync()) > 0;

    private Task<ApiCall> WaitForStopAsync() =>
        Api.WaitForCallAsync(c => c is { Method: "stopPoll", ChatId: Chat } && c.Body["message_id"]!.GetValue<int>() == int.Parse(MessageId, System.Globalization.CultureInfo.InvariantCulture));
}
