using System.Diagnostics;
using System.Runtime.CompilerServices;
using Xunit.Abstractions;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>The built bot started as a process of its own against the fake Bot API, as an operator would run it.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly ITestOutputHelper? output;
    private readonly string name;

    private BotProcess(Process process, string name, ITestOutputHelper? output)
    {
        this.process = process;
        this.name = name;
        this.output = output;
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static BotProcess Start(TestDatabase database, FakeBotApi api, ITestOutputHelper? output, string name = "bot", params string[] settings)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll"),
            $"--ConnectionStrings:Bot={database.ConnectionString}",
            "--urls=http://127.0.0.1:0",
            $"--Telegram:BotToken={FakeBotApi.Token}",
            $"--Telegram:ApiBaseUrl={api.BaseUrl}",
            "--Telegram:PollingTimeoutSeconds=1",
            "--Delivery:BroadcastPollInterval=00:00:00.100",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var bot = new BotProcess(Process.Start(start)!, name, output);
        bot.process.OutputDataReceived += (_, line) => bot.Log(line.Data);
        bot.process.ErrorDataReceived += (_, line) => bot.Log(line.Data);
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>
    /// For tests that kill a sender: a lease of 3 s renewed every second, so the next sender takes over 3 s after
    /// the kill rather than the shipped 10 (the lease's own tests keep the shipped one).
    /// </summary>
    public static readonly string[] ShortLease = ["--Delivery:LeaseLength=00:00:03", "--Delivery:LeaseRenewal=00:00:01"];

    /// <summary>SIGKILL: no chance to tidy up.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
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

    /// <summary>Waits for the condition, failing (and saying what it waited for) if a bot exits first or a minute passes.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, BotProcess one, BotProcess? other = null, [CallerArgumentExpression(nameof(condition))] string expression = "")
    {
        BotProcess[] bots = other is null ? [one] : [one, other];
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            foreach (var bot in bots)
            {
                Assert.False(bot.HasExited, $"The {bot.name} exited with {(bot.HasExited ? bot.ExitCode : 0)}");
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), $"Waited a minute for {expression}, in vain.");
            await Task.Delay(20);
        }
    }

    private void Log(string? line)
    {
        if (line is not null && output is not null)
        {
            try
            {
                output.WriteLine($"[{name}] {line}");
            }
            catch (InvalidOperationException)
            {
                // The test has finished; the process's last words go nowhere.
            }
        }
    }
}
