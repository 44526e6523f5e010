namespace GenYCity.Bot.Domain.Digest;

/// <summary>An open poll the digest invites people to answer.</summary>
public sealed record DigestPoll(long Id, string Question, DateTimeOffset ClosesAt);
