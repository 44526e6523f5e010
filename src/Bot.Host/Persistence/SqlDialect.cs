using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>What differs between SQLite and PostgreSQL in the few statements the bot writes by hand.</summary>
internal sealed class SqlDialect
{
    private static readonly SqlDialect Sqlite = new(
        DatabaseProvider.Sqlite,
        nowMilliseconds: "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)",
        claimLock: string.Empty,
        rowLock: string.Empty,
        instant: value => value.ToUnixTimeMilliseconds(),
        instantType: System.Data.DbType.Int64);

    private static readonly SqlDialect Postgres = new(
        DatabaseProvider.Postgres,
        nowMilliseconds: "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)",
        // Rows another instance's claim is taking are passed over, not waited for: two claims never share a row.
        claimLock: "FOR UPDATE SKIP LOCKED",
        rowLock: "FOR UPDATE",
        instant: value => value.ToUniversalTime(),
        instantType: System.Data.DbType.DateTimeOffset);

    private readonly Func<DateTimeOffset, object> instant;

    private SqlDialect(DatabaseProvider provider, string nowMilliseconds, string claimLock, string rowLock, Func<DateTimeOffset, object> instant, System.Data.DbType instantType)
    {
        Provider = provider;
        InstantType = instantType;
        NowMilliseconds = nowMilliseconds;
        ClaimLock = claimLock;
        RowLock = rowLock;
        this.instant = instant;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The database's clock in Unix milliseconds, so instances on machines whose clocks differ agree.</summary>
    public string NowMilliseconds { get; }

    /// <summary>Ends the SELECT that picks the rows a claim takes.</summary>
    public string ClaimLock { get; }

    /// <summary>Ends a SELECT that locks the rows it picks, in its order, waiting for them (SQLite's one writer needs none).</summary>
    public string RowLock { get; }

    public static SqlDialect Of(DatabaseFacade database) => database.IsNpgsql() ? Postgres : Sqlite;

    /// <summary>The parameter type of an instant, which a null one needs on PostgreSQL.</summary>
    public System.Data.DbType InstantType { get; }

    /// <summary>An instant as a parameter for a column the model maps from DateTimeOffset.</summary>
    public object Instant(DateTimeOffset value) => instant(value);
}

/// <summary>Parameters for the statements written by hand.</summary>
internal static class DbCommandParameters
{
    /// <summary>Adds a parameter; <paramref name="type"/> where a null must carry one (PostgreSQL cannot infer it).</summary>
    public static System.Data.Common.DbParameter AddParameter(this System.Data.Common.DbCommand command, string name, object value, System.Data.DbType? type = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        if (type is { } known)
        {
            parameter.DbType = known;
        }

        command.Parameters.Add(parameter);
        return parameter;
    }
}
