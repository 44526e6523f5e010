namespace GenYCity.Bot.Domain.Digest;

public sealed record DigestIdea(long Id, string Title, int Supports);
