using System.Diagnostics;
using System.Text;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>The built bot as a console chat in a process of its own, typed into and read as a person at a terminal would.</summary>
public sealed class ConsoleProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder screen = new();
    private readonly Lock gate = new();

    private ConsoleProcess(Process process) => this.process = process;

    public string Screen
    {
        get
        {
            lock (gate)
            {
                return screen.ToString();
            }
        }
    }

    public static ConsoleProcess Start(string workingFolder, params string[] settings)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll"));
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        var console = new ConsoleProcess(Process.Start(start)!);
        console.process.OutputDataReceived += (_, line) => console.Append(line.Data);
        console.process.ErrorDataReceived += (_, line) => console.Append(line.Data);
        console.process.BeginOutputReadLine();
        console.process.BeginErrorReadLine();
        return console;
    }

    public void Type(string line)
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The console stopped (exit code {process.ExitCode}). It shows:\n{Screen}");
        }

        process.StandardInput.WriteLine(line);
        process.StandardInput.Flush();
    }

    /// <summary>Waits until the screen shows the text after <paramref name="after"/> characters; returns where it ends.</summary>
    public async Task<int> WaitForAsync(string text, int after = 0)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var shown = Screen;
            var at = after < shown.Length ? shown.IndexOf(text, after, StringComparison.Ordinal) : -1;
            if (at >= 0)
            {
                return at + text.Length;
            }

            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"The console never showed '{text}' (exited: {process.HasExited}). It shows:\n{shown}");
            }

            await Task.Delay(25);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (gate)
            {
                screen.AppendLine(line);
            }
        }
    }
}
