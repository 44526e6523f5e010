using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>One person's report of a comment, with the reason; one per person per comment.</summary>
public sealed record CommentReport(long CommentId, long MemberId, DateTimeOffset At, ReportReason Reason);
