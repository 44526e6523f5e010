using System.Security.Cryptography;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// One feed as made at one moment: its bytes, their type, the headers that go with them (the licence's Link, who may
/// read or frame it) and an ETag from the bytes. <paramref name="Complete"/> false: made while something it links to
/// was not known yet (the bot's Telegram name right after the start), so it is kept only briefly
/// (<see cref="FeedCache.IncompleteFor"/>) and no reader is told to keep it.
/// </summary>
internal sealed record Feed(byte[] Body, string ContentType, DateTimeOffset MadeAt, IReadOnlyDictionary<string, string> Headers, bool Complete = true)
{
    public string ETag { get; } = $"\"{Convert.ToHexStringLower(SHA256.HashData(Body).AsSpan(0, 16))}\"";
}
