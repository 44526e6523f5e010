using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Digest;

public sealed record DigestStatusChange(long Id, string Title, IdeaStatus Status, string? Comment);
