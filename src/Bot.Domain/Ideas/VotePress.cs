namespace GenYCity.Bot.Domain.Ideas;

/// <summary>A press of Support, Report (with its reason, once chosen), Withdraw or Not reported under an idea.</summary>
public sealed record VotePress(string Action, long IdeaId, ReportReason? Reason);
