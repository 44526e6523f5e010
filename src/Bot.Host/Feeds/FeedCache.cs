using System.Collections.Concurrent;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// The feeds as last made, each kept for Feeds:CacheSeconds by the bot's clock while what it is made from has not
/// changed: every request brings the data's stamp (<see cref="FeedStore.IdeasStampAsync"/>, one cheap aggregate), and
/// a feed made from another stamp is made again, so an idea hidden, moved or erased on any instance leaves every
/// instance's copy at the next request. A feed made before the bot knew its links is kept only
/// <see cref="IncompleteFor"/>. Each feed is made once at a time: requests that come meanwhile wait for the same one.
/// The keys are few (a feed and a language the table has), so nothing needs evicting.
/// </summary>
internal sealed class FeedCache(TimeProvider clock)
{
    /// <summary>How long a feed missing its links into the chat is kept: the database is asked at most this often until they are known.</summary>
    public static readonly TimeSpan IncompleteFor = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Entry> feeds = new(StringComparer.Ordinal);

    /// <summary>
    /// The kept feed while it is fresh and of this stamp, the one being made of this stamp, else one made now. A
    /// making that fails is not kept: the next request tries again.
    /// </summary>
    public async Task<Feed> GetAsync(string key, string stamp, TimeSpan keepFor, Func<DateTimeOffset, Task<Feed>> make, CancellationToken ct)
    {
        while (true)
        {
            var found = feeds.TryGetValue(key, out var entry);
            if (found && entry!.Stamp == stamp && (!entry.Made.IsValueCreated || !entry.Made.Value.IsCompleted || Fresh(entry.Made.Value, keepFor)))
            {
                return await entry.Made.Value.WaitAsync(ct);
            }

            var now = clock.GetUtcNow();
            var fresh = new Entry(stamp, new Lazy<Task<Feed>>(() => MakeAsync(make, now), LazyThreadSafetyMode.ExecutionAndPublication));
            if (found ? !feeds.TryUpdate(key, fresh, entry!) : !feeds.TryAdd(key, fresh))
            {
                // Another request put its own there first: look again.
                continue;
            }

            try
            {
                return await fresh.Made.Value.WaitAsync(ct);
            }
            catch (Exception) when (fresh.Made.Value.IsFaulted || fresh.Made.Value.IsCanceled)
            {
                feeds.TryRemove(new KeyValuePair<string, Entry>(key, fresh));
                throw;
            }
        }
    }

    /// <summary>A making that throws before its first await fails its task too, rather than the Lazy for good.</summary>
    private static async Task<Feed> MakeAsync(Func<DateTimeOffset, Task<Feed>> make, DateTimeOffset now) => await make(now);

    private bool Fresh(Task<Feed> made, TimeSpan keepFor)
    {
        if (!made.IsCompletedSuccessfully)
        {
            return false;
        }

        var feed = made.Result;
        return clock.GetUtcNow() < feed.MadeAt + (feed.Complete || keepFor < IncompleteFor ? keepFor : IncompleteFor);
    }

    private sealed record Entry(string Stamp, Lazy<Task<Feed>> Made);
}
