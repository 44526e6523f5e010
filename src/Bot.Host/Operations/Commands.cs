using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Persistence;
using Npgsql;

namespace GenYCity.Bot.Host.Operations;

/// <summary>
/// The operator's commands, run through the bot's own binary before any host is built: <c>move-to --postgres "…"</c>
/// and <c>backup &lt;file&gt; [--force]</c>. The database they work on is the one the bot's configuration names, read
/// from the same sources as the bot reads it (appsettings.json beside the binary, the environment, the rest of the
/// command line). Exit codes: 0 done, 2 a refusal or a mistake in the command (one line saying what to do), 1 a
/// failure part way (one line; nothing half done is left).
/// </summary>
public static class Commands
{
    public const string MoveTo = "move-to";
    public const string Backup = "backup";

    /// <summary>Runs the command <paramref name="args"/> name; null when they name none (the bot then starts).</summary>
    public static Task<int?> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

    public static async Task<int?> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (args.Length > 0 && IsMistypedCommand(args[0]))
        {
            // Starting the bot instead of a mistyped "backpu" would run it beside the one in service.
            await error.WriteLineAsync($"Unknown command '{args[0]}': the commands are {MoveTo} and {Backup}; to start the bot, give settings only (--Key=value).");
            return 2;
        }

        if (args.Length == 0 || args[0] is not (MoveTo or Backup))
        {
            return null;
        }

        try
        {
            return args[0] switch
            {
                MoveTo => await MoveAsync(args[1..], output, ct),
                _ => await BackupAsync(args[1..], output, ct),
            };
        }
        catch (CommandRefusedException refused)
        {
            await error.WriteLineAsync(refused.Message);
            return 2;
        }
        catch (CommandFailedException failed)
        {
            await error.WriteLineAsync(failed.Message);
            return 1;
        }
        catch (System.Data.Common.DbException ex)
        {
            // A database that answered with an error where none was expected (a file that is no database, a user who
            // may not create tables): one line, as for the failures foreseen. Neither driver's message holds a password.
            await error.WriteLineAsync($"{args[0]} failed: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever else: one line, as promised, with no stack trace (and no connection string: no message holds one).
            await error.WriteLineAsync($"{args[0]} failed ({ex.GetType().Name}): {ex.Message}");
            return 1;
        }
    }

    /// <summary>
    /// A first argument that is neither a command nor a setting: the bot is started with settings only, as
    /// "--Key=value", "/Key=value" or "Key=value" (the forms the configuration reads), or "--Key value".
    /// </summary>
    private static bool IsMistypedCommand(string first) =>
        first is not (MoveTo or Backup) && !first.StartsWith('-') && !first.StartsWith('/') && !first.Contains('=', StringComparison.Ordinal);

    private static async Task<int> MoveAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        var (target, rest) = Take(args, "--postgres");
        var (variable, others) = Take(rest, "--postgres-from-env");
        rest = others;
        if (variable is not null)
        {
            target = target is null
                ? Environment.GetEnvironmentVariable(variable) ?? throw new CommandRefusedException($"--postgres-from-env {variable}: the environment has no {variable}; export the connection string in it first.")
                : throw new CommandRefusedException("Give the connection string once: --postgres or --postgres-from-env, not both.");
        }

        if (string.IsNullOrWhiteSpace(target))
        {
            throw new CommandRefusedException("Usage: Bot.Host move-to --postgres \"Host=…;Database=…;Username=…\" (the password from PGPASSWORD or ~/.pgpass), or --postgres-from-env <VARIABLE>; the bot's own settings name the SQLite database to move.");
        }

        NpgsqlConnectionStringBuilder postgres;
        try
        {
            postgres = new NpgsqlConnectionStringBuilder(target);
        }
        catch (ArgumentException ex)
        {
            throw new CommandRefusedException($"--postgres is not a PostgreSQL connection string such as 'Host=db;Database=genycity;Username=bot;Password=…': {ex.Message}");
        }

        if (string.IsNullOrWhiteSpace(postgres.Host))
        {
            throw new CommandRefusedException("--postgres names no Host: give a connection string such as 'Host=db;Database=genycity;Username=bot;Password=…'.");
        }

        var source = Source(rest);
        if (source.Kind != DatabaseProvider.Sqlite || source.DatabaseFile() is not { } file)
        {
            throw new CommandRefusedException("The bot's settings (ConnectionStrings:Bot) name no SQLite file to move from: run move-to with the settings the bot runs with on SQLite.");
        }

        await new MoveToPostgres(file, postgres.ConnectionString, output).RunAsync(ct);
        return 0;
    }

    private static async Task<int> BackupAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        var force = args.Contains("--force", StringComparer.Ordinal);
        var rest = args.Where(a => a != "--force").ToArray();
        if (rest.Length == 0 || rest[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new CommandRefusedException("Usage: Bot.Host backup <file> [--force] (a consistent copy of the bot's SQLite database, taken while it runs).");
        }

        var source = Source(rest[1..]);
        if (source.Kind == DatabaseProvider.Postgres)
        {
            throw new CommandRefusedException(SqliteBackup.PostgresAdvice(source.Bot));
        }

        if (source.DatabaseFile() is not { } file)
        {
            throw new CommandRefusedException("The bot's settings (ConnectionStrings:Bot) name an in-memory database: there is nothing to back up.");
        }

        await SqliteBackup.RunAsync(file, Path.GetFullPath(rest[0]), force, output, ct);
        return 0;
    }

    /// <summary>
    /// The database the bot's settings name, read as the bot reads them (appsettings.json, environment, command line);
    /// the city's texts are laid over the bot's as at its start, so the languages the city added are known.
    /// </summary>
    private static DatabaseOptions Source(string[] args)
    {
        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory }).Configuration;
        if (CityTexts.Use(configuration) is { } problem)
        {
            throw new CommandRefusedException($"{problem}: the bot would not start with it either; put it right, then run the command again.");
        }

        return new DatabaseOptions
        {
            Bot = configuration.GetConnectionString("Bot") ?? DatabaseOptions.DefaultConnectionString,
            Provider = configuration[DatabaseOptions.ProviderKey],
        };
    }

    /// <summary>The value after <paramref name="option"/>, and the other arguments.</summary>
    private static (string? Value, string[] Others) Take(string[] args, string option)
    {
        var at = Array.IndexOf(args, option);
        if (at < 0)
        {
            var joined = args.FirstOrDefault(a => a.StartsWith(option + "=", StringComparison.Ordinal));
            return (joined?[(option.Length + 1)..], [.. args.Where(a => a != joined)]);
        }

        return (at + 1 < args.Length ? args[at + 1] : null, [.. args[..at], .. args[Math.Min(at + 2, args.Length)..]]);
    }
}

/// <summary>A command that will not run as asked: the message says why and what to do. Nothing was changed.</summary>
public sealed class CommandRefusedException(string message) : Exception(message);

/// <summary>A command that failed part way: the message says where; what it had done was undone.</summary>
public sealed class CommandFailedException(string message, Exception? inner = null) : Exception(message, inner);
