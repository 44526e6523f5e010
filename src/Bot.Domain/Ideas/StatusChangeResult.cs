namespace GenYCity.Bot.Domain.Ideas;

/// <summary>What a coordinator's status change did.</summary>
public enum StatusChangeResult
{
    Changed,
    /// <summary>The idea already had that status (a double press or a replayed button).</summary>
    Unchanged,
    NotAllowed,
}
