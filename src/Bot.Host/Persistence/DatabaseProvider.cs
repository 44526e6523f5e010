namespace GenYCity.Bot.Host.Persistence;

/// <summary>The two databases the bot runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the bot: the default, for one instance.</summary>
    Sqlite,

    /// <summary>A server a city's IT runs: for several instances on one database.</summary>
    Postgres,
}
