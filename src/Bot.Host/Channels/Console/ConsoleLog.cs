using System.Globalization;
using System.Text;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>
/// The console chat's log: a file beside the database, one per console user (genycity-local.log), so log lines never
/// land between chat messages and two consoles on one database never write over each other's lines (a .NET file
/// opened to append writes where the file ended when it was opened). Until the chat begins, warnings also go to
/// standard error, where the operator sees them at start; after that only a failure that stops the bot does.
/// </summary>
public sealed class ConsoleLog : ILoggerProvider
{
    /// <summary>A file over this size at start is moved aside to "….1", so a log kept for weeks stays small.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private readonly Lock gate = new();
    private readonly StreamWriter writer;
    private volatile bool chatBegan;
    private bool disposed;

    public ConsoleLog(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var file = new FileInfo(Path);
        if (file.Exists && file.Length > MaxBytes)
        {
            file.MoveTo(Path + ".1", overwrite: true);
        }

        writer = new StreamWriter(new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete), new UTF8Encoding(false)) { AutoFlush = true };
    }

    public string Path { get; }

    /// <summary>Whether a log line of <paramref name="level"/> may still be shown in the terminal.</summary>
    public bool ShowsInTerminal(LogLevel level) => level >= (chatBegan ? LogLevel.Critical : LogLevel.Warning);

    /// <summary>The terminal is the chat from now on.</summary>
    public void ChatBegan() => chatBegan = true;

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            writer.Dispose();
        }
    }

    /// <summary>The default file for a console user: genycity-{user}.log, the user id kept to letters, digits, "-" and "_".</summary>
    public static string FileFor(string folder, string userId) =>
        System.IO.Path.Combine(folder, $"genycity-{new string(userId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray())}.log");

    private void Write(string text)
    {
        lock (gate)
        {
            // A service still logging while the bot stops, after the container closed the file: the line is dropped.
            if (!disposed)
            {
                writer.Write(text);
            }
        }
    }

    private sealed class FileLogger(ConsoleLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = new StringBuilder()
                // The machine's clock, not the bot's TimeProvider: a log line says when it was written.
                .Append(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
                .Append(' ').Append(Level(logLevel)).Append(' ').Append(category).Append(": ")
                .AppendLine(formatter(state, exception).Replace("\n", "\n    ", StringComparison.Ordinal));
            if (exception is not null)
            {
                line.Append("    ").AppendLine(exception.ToString().Replace("\n", "\n    ", StringComparison.Ordinal));
            }

            log.Write(line.ToString());
        }

        private static string Level(LogLevel level) => level switch
        {
            LogLevel.Trace => "trce",
            LogLevel.Debug => "dbug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "fail",
            _ => "crit",
        };
    }
}
