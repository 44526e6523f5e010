using System.Diagnostics;
using Xunit.Abstractions;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>One of the bot's commands (backup, move-to) run as the built binary, as a city runs it from a shell or cron.</summary>
public static class BotCommand
{
    /// <summary>Its exit code, what it printed to standard output and to standard error.</summary>
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(ITestOutputHelper output, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }
        catch (TimeoutException)
        {
            // A command that hangs must not outlive the test, holding the database open.
            process.Kill(entireProcessTree: true);
            throw;
        }
        output.WriteLine(await stdout);
        output.WriteLine(await stderr);
        return (process.ExitCode, await stdout, await stderr);
    }
}
