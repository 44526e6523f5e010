using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>A press under a thread: an action on an idea's thread (its page) or on one comment, and a report's reason.</summary>
public sealed record CommentPress(string Action, long Id, int Page = 1, ReportReason? Reason = null);
