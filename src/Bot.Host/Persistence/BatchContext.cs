namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// The context a scope uses instead of a new one: set, before anything in the scope asks for a context,
/// when the scope is one piece of a batch, which shares the batch's context, connection and transaction.
/// </summary>
public sealed class BatchContext
{
    private readonly List<Action> afterCommit = [];
    private readonly List<Action> ifUndone = [];

    public BotDbContext? Context { get; private set; }

    internal void Lend(BotDbContext context) => Context = context;

    /// <summary>
    /// Something to do outside the database (tell this instance's memory of an erasure), once the unit of work
    /// this scope belongs to is committed: never for a run that is undone or run again. Outside a unit of work,
    /// at once.
    /// </summary>
    public void AfterCommit(Action action)
    {
        if (Context is null)
        {
            action();
            return;
        }

        afterCommit.Add(action);
    }

    /// <summary>
    /// Something to undo outside the database (delete a file written for a message) if the unit of work this
    /// scope belongs to is not committed after all: the piece is undone, or the whole run is refused and run again.
    /// </summary>
    public void IfUndone(Action action)
    {
        if (Context is not null)
        {
            ifUndone.Add(action);
        }
    }

    internal (IReadOnlyList<Action> AfterCommit, IReadOnlyList<Action> IfUndone) Take()
    {
        var taken = (afterCommit.ToList(), ifUndone.ToList());
        afterCommit.Clear();
        ifUndone.Clear();
        return taken;
    }
}
