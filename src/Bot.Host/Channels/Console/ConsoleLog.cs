using System.Globalization;
using System.Text;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>
/// The console chat's log: a file (genycity.log beside the database), so log lines never land between chat
/// messages. Until the chat begins, warnings also go to standard error, where the operator sees them at start;
/// after that only a failure that stops the bot does. Several consoles on one database append to one file.
/// </summary>
public sealed class ConsoleLog : ILoggerProvider
{
    /// <summary>A file over this size at start is moved aside to "….1", so a log kept for weeks stays small.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private readonly Lock gate = new();
    private readonly StreamWriter writer;
    private volatile bool chatBegan;

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
            writer.Dispose();
        }
    }

    private void Write(string text)
    {
        lock (gate)
        {
            writer.Write(text);
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
