using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// The "ConnectionStrings" section (where the database lives) and "Database:Provider" (which database it
/// is; without it, a connection string with a Host is PostgreSQL's, any other SQLite's).
/// </summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string SectionName = "ConnectionStrings";
    public const string ProviderKey = "Database:Provider";
    public const string ExportsFolderKey = "Database:ExportsFolder";
    public const string RehearseRetriesKey = "Database:RehearseRetries";
    public const string DefaultConnectionString = "Data Source=data/genycity.db";

    /// <summary>ConnectionStrings:Bot: a SQLite connection string (a relative path is relative to the working folder) or a PostgreSQL one.</summary>
    public string Bot { get; set; } = DefaultConnectionString;

    /// <summary>Database:Provider, when set: Sqlite or Postgres.</summary>
    public string? Provider { get; set; }

    /// <summary>
    /// Database:ExportsFolder: where the files made for people (exports, /mydata, calendar files) wait to be
    /// sent; by default an "exports" folder beside the SQLite file, or "data/exports" in the working folder.
    /// </summary>
    public string? ExportsFolder { get; set; }

    /// <summary>
    /// Database:RehearseRetries, for tests: every unit of work's first run is thrown away as if PostgreSQL had
    /// refused it (a serialization failure) and run again, which shows that each use case may be run twice.
    /// </summary>
    public bool RehearseRetries { get; set; }

    public DatabaseProvider Kind => Detect(Bot, Provider);

    /// <summary>The provider a connection string and setting name: the setting when it is one, else by the connection string's form.</summary>
    /// <summary>The provider as configuration names it, for what must be decided while the services are registered.</summary>
    public static DatabaseProvider Detect(IConfiguration configuration) =>
        Detect(configuration.GetConnectionString("Bot"), configuration[ProviderKey]);

    public static DatabaseProvider Detect(string? connectionString, string? provider) =>
        Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var named) && Enum.IsDefined(named) ? named
        : connectionString?.Contains("Host=", StringComparison.OrdinalIgnoreCase) == true ? DatabaseProvider.Postgres
        : DatabaseProvider.Sqlite;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Provider) && !(Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out var named) && Enum.IsDefined(named)))
        {
            yield return new($"{ProviderKey} must be Sqlite or Postgres, not '{Provider}'.");
            yield break;
        }

        if (Kind == DatabaseProvider.Postgres)
        {
            string? host = null;
            string? postgresProblem = null;
            try
            {
                host = new NpgsqlConnectionStringBuilder(Bot).Host;
            }
            catch (ArgumentException ex)
            {
                postgresProblem = ex.Message;
            }

            if (postgresProblem is not null || string.IsNullOrWhiteSpace(host))
            {
                yield return new($"ConnectionStrings:Bot is not a PostgreSQL connection string such as 'Host=db;Database=genycity;Username=bot;Password=…'{(postgresProblem is null ? "." : $": {postgresProblem}")}");
            }

            yield break;
        }

        string? dataSource = null;
        string? problem = null;
        try
        {
            dataSource = new SqliteConnectionStringBuilder(Bot).DataSource;
        }
        catch (ArgumentException ex)
        {
            problem = ex.Message;
        }

        if (problem is not null || string.IsNullOrWhiteSpace(dataSource))
        {
            yield return new($"ConnectionStrings:Bot is not a SQLite connection string such as '{DefaultConnectionString}'{(problem is null ? "." : $": {problem}")}");
        }
    }

    /// <summary>The SQLite database file's full path; null for an in-memory database or PostgreSQL.</summary>
    public string? DatabaseFile()
    {
        if (Kind != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var builder = new SqliteConnectionStringBuilder(Bot);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is ":memory:" or ""
            ? null
            : Path.GetFullPath(builder.DataSource);
    }
}
