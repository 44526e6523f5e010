using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>A photo to send: a platform's file id (<paramref name="From"/> that platform) or an https address anyone can fetch (<paramref name="From"/> null).</summary>
public sealed record Photo(string Ref, ChannelKind? From);
