namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// How long a statement waits for the database when another writer holds it: 10 s by default, shorter
/// where an answer is owed sooner (a webhook call the platform gives up on, a health check). Set for the
/// calls made inside a <see cref="Within"/> block, on the connections they open.
/// </summary>
public static class SqliteBusyTimeout
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(10);

    private static readonly AsyncLocal<TimeSpan?> Override = new();

    public static TimeSpan Current => Override.Value ?? Default;

    public static bool IsOverridden => Override.Value is not null;

    public static IDisposable Within(TimeSpan timeout)
    {
        var previous = Override.Value;
        Override.Value = timeout;
        return new Restore(previous);
    }

    private sealed class Restore(TimeSpan? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }
}
