namespace GenYCity.Bot.Domain.Messaging;

/// <summary>A vote in a platform's native poll: the platform's poll id and the chosen answers (none: withdrawn).</summary>
public sealed record PollAnswer(string PlatformPollId, IReadOnlyList<int> Options);
