using GenYCity.Bot.Domain.Broadcasts;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>The budgets' broadcasts and who they go to.</summary>
public static class BudgetBroadcasts
{
    /// <summary>A budget's vote opens: to everyone who takes announcements, with Vote.</summary>
    public static readonly BroadcastKind Opened = new("BudgetOpened");

    /// <summary>A budget's results: to its voters and the followers of its projects' ideas.</summary>
    public static readonly BroadcastKind Results = new("BudgetResults");

    /// <summary>Everyone who cast a ballot in one budget (<see cref="Broadcast.SubjectId"/>), and everyone following an idea on its ballot who keeps idea news on; each once.</summary>
    public static readonly AudienceKind VotersAndFollowers = new("BudgetVotersAndFollowers");
}
