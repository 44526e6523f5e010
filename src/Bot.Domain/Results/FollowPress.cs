namespace GenYCity.Bot.Domain.Results;

/// <summary>A press of Follow or Unfollow, and where it was pressed: on an idea's card, or under a notice or a result.</summary>
public sealed record FollowPress(bool Follow, long IdeaId, string Where);
