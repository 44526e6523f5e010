using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A unit of work run again after PostgreSQL refused it, as the rehearsal the host suites run with makes every
/// first run: only the committed run counts, in the database, in what it says back, and outside the database.
/// </summary>
public sealed class UnitOfWorkTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private ServiceProvider services = null!;

    public async Task InitializeAsync() => services = await StoreServices.CreateAsync(database);

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        database.Dispose();
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public async Task ARunRefusedAndRunAgain_CountsOnce_ItsResultAndWhatItDidOutsideTheDatabaseWithIt(bool rehearse, int runs)
    {
        var (ran, undone, committed) = (0, 0, 0);

        var (kept, result) = await UnitOfWork(rehearse).RunAsync<int>(
            async scope =>
            {
                var run = ++ran;
                var piece = scope.GetRequiredService<BatchContext>();
                piece.IfUndone(() => undone++);
                piece.AfterCommit(() => committed++);
                scope.GetRequiredService<BotDbContext>().ProcessedUpdates.Add(new ProcessedUpdate("telegram:1", null, DateTimeOffset.UtcNow));
                await Task.Yield();
                return (run, Array.Empty<Domain.Messaging.OutboundMessage>());
            },
            CancellationToken.None);

        Assert.Equal((true, runs), (kept, result));
        Assert.Equal((runs, runs - 1, 1), (ran, undone, committed));
        Assert.Equal(1, await services.InScopeAsync(db => db.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task APieceThatKeepsNothing_UndoesWhatItDidOutsideTheDatabase_AndNothingWaitsForTheCommit()
    {
        var (undone, committed) = (0, 0);

        var (kept, _) = await UnitOfWork(rehearse: false).RunAsync<int>(
            scope =>
            {
                var piece = scope.GetRequiredService<BatchContext>();
                piece.IfUndone(() => undone++);
                piece.AfterCommit(() => committed++);
                return Task.FromResult<(int, IReadOnlyList<Domain.Messaging.OutboundMessage>?)>((0, null));
            },
            CancellationToken.None);

        Assert.False(kept);
        Assert.Equal((1, 0), (undone, committed));
    }

    [Fact]
    public async Task AHookThatThrows_LeavesTheRunsOutcome_AndTheOtherHooks_AsTheyAre()
    {
        var (undone, committed) = (0, 0);

        // Refused once (the rehearsal): the first run's undo throws, and the unit is still run again and committed.
        var (kept, _) = await UnitOfWork(rehearse: true).RunAsync<int>(
            scope =>
            {
                var piece = scope.GetRequiredService<BatchContext>();
                piece.IfUndone(() => throw new IOException("the file was gone already"));
                piece.IfUndone(() => undone++);
                piece.AfterCommit(() => throw new InvalidOperationException("an after-commit step failed"));
                piece.AfterCommit(() => committed++);
                return Task.FromResult<(int, IReadOnlyList<Domain.Messaging.OutboundMessage>?)>((0, []));
            },
            CancellationToken.None);

        Assert.True(kept);
        Assert.Equal((1, 1), (undone, committed));
    }

    private UnitOfWork UnitOfWork(bool rehearse) => new(
        services.GetRequiredService<IServiceScopeFactory>(),
        services.GetRequiredService<WriteGate>(),
        new DeliverySignal(),
        TimeProvider.System,
        Options.Create(new DatabaseOptions { Bot = database.ConnectionString, RehearseRetries = rehearse }),
        NullLogger<UnitOfWork>.Instance);
}
