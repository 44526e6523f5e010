namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// SQLite lets one writer in at a time. The writers of this process (units of work, the delivery pump's
/// claims and results, broadcast fan-out, leases) queue here, in the order they came, and each is let in
/// the moment the one before it is done, instead of retrying in SQLite's busy handler, which sleeps 1, 2, 5,
/// 10… up to 100 ms between tries, so a writer could wait a tenth of a second behind one that took a
/// millisecond, and the thread it waited on was blocked all that time. Other processes on the same file are
/// still kept apart by SQLite itself. On PostgreSQL nothing waits here. A writer already inside (the same
/// flow of work) goes straight on.
/// </summary>
public sealed class WriteGate(DatabaseProvider provider) : IDisposable
{
    private static readonly AsyncLocal<bool> Inside = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken ct)
    {
        if (provider != DatabaseProvider.Sqlite || Inside.Value)
        {
            return await write();
        }

        await gate.WaitAsync(ct);
        try
        {
            Inside.Value = true;
            return await write();
        }
        finally
        {
            Inside.Value = false;
            gate.Release();
        }
    }

    public Task WriteAsync(Func<Task> write, CancellationToken ct) => WriteAsync(
        async () =>
        {
            await write();
            return true;
        },
        ct);

    public void Dispose() => gate.Dispose();
}
