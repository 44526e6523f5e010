namespace GenYCity.Bot.Domain.Messaging;

/// <summary>A poll as a platform's native poll: the bot's poll number, the question and the answers.</summary>
public sealed record NativePoll(long PollId, string Question, IReadOnlyList<string> Options);
