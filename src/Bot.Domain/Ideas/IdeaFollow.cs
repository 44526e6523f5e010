namespace GenYCity.Bot.Domain.Ideas;

/// <summary>One person following one idea: by supporting it (<paramref name="BySupport"/>), or with Follow.</summary>
public sealed record IdeaFollow(long IdeaId, long MemberId, DateTimeOffset CreatedAt, bool BySupport);
