namespace GenYCity.Bot.Domain.Ideas;

/// <summary>One person's report of one idea, with the reason they chose.</summary>
public sealed record IdeaReport(long IdeaId, long MemberId, DateTimeOffset CreatedAt, ReportReason Reason);
