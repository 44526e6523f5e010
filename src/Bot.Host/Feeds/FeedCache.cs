using System.Collections.Concurrent;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// The feeds as last made, each kept for Feeds:CacheSeconds by the bot's clock: a website that embeds the page, or
/// many calendars that fetch the feed, ask the database once in that time. The keys are few (a feed and a language
/// the table has), so nothing needs evicting.
/// </summary>
internal sealed class FeedCache(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Feed> feeds = new(StringComparer.Ordinal);

    /// <summary>The kept feed while it is fresh, else one made now (and kept when complete).</summary>
    public async Task<Feed> GetAsync(string key, TimeSpan keepFor, Func<DateTimeOffset, Task<Feed>> make)
    {
        var now = clock.GetUtcNow();
        if (feeds.TryGetValue(key, out var kept) && now < kept.MadeAt + keepFor)
        {
            return kept;
        }

        var made = await make(now);
        if (made.Complete)
        {
            feeds[key] = made;
        }

        return made;
    }
}
