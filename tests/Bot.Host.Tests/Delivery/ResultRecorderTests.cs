using System.Collections.Concurrent;
using System.Threading.Channels;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Tests.Fakes;
using static GenYCity.Bot.Host.Tests.PumpParts;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The recording of results on its own, with a database the test answers for and a fake clock: slots come back only
/// once results are written, a database that refuses them stops the sending and is tried again, and a stop gives up.
/// </summary>
public sealed class ResultRecorderTests : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly WatchedClock clock = Clock();
    private readonly Channel<Write> writes = Channel.CreateUnbounded<Write>();
    private readonly ConcurrentQueue<int> slotsBack = new();
    private readonly CancellationTokenSource stop = new();
    private readonly ResultRecorder recorder;
    private Task running = Task.CompletedTask;

    public ResultRecorderTests()
    {
        recorder = new ResultRecorder(
            (batch, ct) =>
            {
                var write = new Write(batch.Select(c => c.Item.Id).ToList(), ct);
                ct.Register(() => write.Done.TrySetCanceled(ct));
                writes.Writer.TryWrite(write);
                return write.Done.Task;
            },
            batchSize: 2,
            clock,
            Logger,
            Redactor,
            ChannelKind.Telegram);
    }

    public async ValueTask DisposeAsync()
    {
        recorder.Complete();
        await running.WaitAsync(Wait);
        stop.Dispose();
    }

    [Fact]
    public async Task ASendsSlot_ComesBack_OnlyOnceItsResultIsWritten()
    {
        Start();
        recorder.TryAdd(Result(1));

        var write = await NextWriteAsync();
        Assert.Empty(slotsBack);
        write.Done.SetResult();

        await Eventually.WaitUntilAsync(() => slotsBack.Sum() == 1);
    }

    [Fact]
    public async Task Results_AreWrittenManyToATransaction_UpToTheBatchSize()
    {
        foreach (var id in Enumerable.Range(1, 5))
        {
            recorder.TryAdd(Result(id));
        }

        Start();
        var batches = new List<List<long>>();
        for (var i = 0; i < 3; i++)
        {
            var write = await NextWriteAsync();
            batches.Add(write.Ids);
            write.Done.SetResult();
        }

        Assert.Equal(new List<List<long>> { new() { 1, 2 }, new() { 3, 4 }, new() { 5 } }, batches);
        await Eventually.WaitUntilAsync(() => slotsBack.Sum() == 5);
    }

    [Fact]
    public async Task WhileTheDatabaseRefusesResults_SendingStops_AndTheyAreTriedAgain_AtMostASecondApart()
    {
        Start();
        recorder.TryAdd(Result(1));
        var write = await NextWriteAsync();
        Assert.False(recorder.Fails);

        foreach (var pause in new[] { 100, 200, 400, 800, 1000, 1000 })
        {
            write.Done.SetException(new TimeoutException("database is locked"));
            await clock.TimerSetAsync();
            Assert.True(recorder.Fails);
            clock.Advance(TimeSpan.FromMilliseconds(pause - 1));
            Assert.False(writes.Reader.TryRead(out _), $"tried again before {pause} ms");
            clock.Advance(TimeSpan.FromMilliseconds(1));
            write = await NextWriteAsync();
            Assert.Empty(slotsBack);
        }

        write.Done.SetResult();
        await Eventually.WaitUntilAsync(() => slotsBack.Sum() == 1);
        Assert.False(recorder.Fails);
    }

    [Fact]
    public async Task AStopWhileTheDatabaseRefusesResults_GivesThemUp_AfterOneTryWithinTheStopGrace()
    {
        Start();
        recorder.TryAdd(Result(1));
        (await NextWriteAsync()).Done.SetException(new TimeoutException("database is locked"));
        await clock.TimerSetAsync();

        await stop.CancelAsync();
        clock.Advance(TimeSpan.FromMilliseconds(100));
        var last = await NextWriteAsync();
        Assert.True(last.Token.CanBeCanceled);
        clock.Advance(ChannelPump.StopGrace - TimeSpan.FromMilliseconds(1));
        Assert.False(last.Token.IsCancellationRequested);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        // Given up: the slot comes back (the message stays claimed, and goes again after the next start).
        await Eventually.WaitUntilAsync(() => slotsBack.Sum() == 1);
        Assert.False(writes.Reader.TryRead(out _));
    }

    private void Start() => running = Task.Run(() => recorder.RunAsync(slotsBack.Enqueue, stop.Token));

    private async Task<Write> NextWriteAsync() => await writes.Reader.ReadAsync().AsTask().WaitAsync(Wait);

    private static Completion Result(long id) => new(Item(id), Sent);

    /// <summary>One write of results to the database, which the test lets succeed or fail.</summary>
    private sealed record Write(List<long> Ids, CancellationToken Token)
    {
        public TaskCompletionSource Done { get; } = new();
    }
}
