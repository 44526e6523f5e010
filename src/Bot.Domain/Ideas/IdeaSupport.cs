namespace GenYCity.Bot.Domain.Ideas;

/// <summary>One person's support of one idea.</summary>
public sealed record IdeaSupport(long IdeaId, long MemberId, DateTimeOffset CreatedAt);
