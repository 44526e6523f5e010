using System.Collections.Concurrent;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>The real bot, composed by Program.Build, started in-process on 127.0.0.1 with its own database file.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningBot(WebApplication app, LogCapture logs, JobRuns jobs)
    {
        this.app = app;
        Logs = logs;
        Jobs = jobs;
    }

    public IServiceProvider Services => app.Services;

    public LogCapture Logs { get; }

    /// <summary>Every run of the bot's jobs, from its start on.</summary>
    public JobRuns Jobs { get; }

    public string BaseUrl => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    /// <summary>Starts the bot against the fake Bot API.</summary>
    public static Task<RunningBot> StartTelegramAsync(FakeBotApi api, TestDatabase database, Action<IServiceCollection>? services = null, params string[] settings) =>
        StartAsync(
            database,
            services,
            [
                $"--Telegram:BotToken={FakeBotApi.Token}",
                $"--Telegram:ApiBaseUrl={api.BaseUrl}",
                "--Telegram:PollingTimeoutSeconds=1",
                .. settings,
            ]);

    public static async Task<RunningBot> StartAsync(TestDatabase database, Action<IServiceCollection>? services, string[] settings)
    {
        var logs = new LogCapture();
        string[] args =
        [
            $"--ConnectionStrings:Bot={database.ConnectionString}",
            $"--Database:ExportsFolder={database.ExportsFolder}",
            "--urls=http://127.0.0.1:0",
            // Development turns on the service provider's checks (ValidateScopes, ValidateOnBuild): a singleton
            // that holds a scoped service, or a service that cannot be made, fails the test at once.
            "--environment=Development",
            "--Delivery:IdlePollInterval=00:00:00.100",
            "--Delivery:BroadcastPollInterval=00:00:00.050",
            "--Delivery:ProgressInterval=00:00:00.100",
            // Feature tests send many messages to one chat in a row; the limits have tests of their own.
            "--Delivery:Telegram:PerSecond=1000",
            "--Delivery:Telegram:ChatBurst=1000",
            "--Delivery:Telegram:ChatPerSecond=1000",
            "--Delivery:Telegram:GroupBurst=1000",
            "--Delivery:Telegram:GroupPerMinute=100000",
            "--Delivery:WhatsApp:ChatBurst=1000",
            "--Delivery:WhatsApp:ChatPerMinute=0",
            "--Delivery:WhatsApp:ChatPerSecond=1000",
            // The scheduler never ticks by itself in tests; they fire jobs when their fake clock says so.
            "--Events:ReminderCron=0 0 0 1 1 ? 2099",
            "--Digest:Cron=0 0 0 1 1 ? 2099",
            "--Privacy:RetentionCron=0 0 0 1 1 ? 2099",
            "--Results:NoticeCron=0 0 0 1 1 ? 2099",
            "--Polls:CloseCron=0 0 0 1 1 ? 2099",
            // Every unit of work's first run is refused, as PostgreSQL refuses one that met a concurrent one, and
            // run again: each use case the suites drive is shown to be safe to run twice.
            $"--Database:RehearseRetries={database.Provider == DatabaseProvider.Sqlite}",
            .. settings,
        ];
        var app = Program.Build(args, s =>
        {
            s.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
            services?.Invoke(s);
        });
        // Listening before the scheduler starts, so the runs the bot fires itself at start are seen too.
        var jobs = new JobRuns();
        jobs.Watch(await app.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler());
        await app.StartAsync();
        return new RunningBot(app, logs, jobs);
    }

    /// <summary>Fires a Quartz job now, through the bot's own scheduler, and waits until it has run.</summary>
    public async Task TriggerJobAsync(Quartz.JobKey job) =>
        await Jobs.RunAsync(await app.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler(), job);

    /// <summary>
    /// Waits until the outbox is drained: no broadcast still fanning out or sending, no message pending or on
    /// its way. A message is marked sent only after the platform took it, so from then on the fake APIs hold
    /// every message written so far; what must not have been sent can be ruled out by looking at them.
    /// </summary>
    public Task OutboxDrainedAsync() => Eventually.WaitUntilAsync(
        () => InScopeAsync(async db =>
            !await db.Broadcasts.AnyAsync(b => b.Status != Domain.Broadcasts.BroadcastStatus.Done)
            && !await db.Deliveries.AnyAsync(d => d.Status == Delivery.DeliveryStatus.Pending || d.Status == Delivery.DeliveryStatus.Sending)),
        "the outbox to be drained: no broadcast fanning out or sending, no delivery pending or being sent");

    public async Task<T> InScopeAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    /// <summary>Messenger chat on, against the fake Graph API, with the test Page's secrets.</summary>
    public static string[] MessengerSettings(FakeGraphApi graph) =>
    [
        $"--Messenger:PageAccessToken={TestSecrets.PageToken}",
        $"--Messenger:AppSecret={MessengerUser.AppSecret}",
        $"--Messenger:VerifyToken={MessengerUser.VerifyToken}",
        $"--Messenger:PageId={MessengerUser.PageId}",
        $"--Messenger:GraphApiBaseUrl={graph.BaseUrl}",
    ];

    /// <summary>WhatsApp on, against the fake Cloud API, with the test app's secrets; the bot's public address is a placeholder.</summary>
    public static string[] WhatsAppSettings(FakeCloudApi api) =>
    [
        $"--WhatsApp:AccessToken={FakeCloudApi.AccessToken}",
        $"--WhatsApp:AppSecret={WhatsAppUser.AppSecret}",
        $"--WhatsApp:VerifyToken={WhatsAppUser.VerifyToken}",
        $"--WhatsApp:PhoneNumberId={FakeCloudApi.PhoneNumberId}",
        $"--WhatsApp:GraphApiBaseUrl={api.BaseUrl}",
        $"--Dashboard:PublicUrl={PublicUrl}",
    ];

    /// <summary>The public address the WhatsApp suites give the bot: where the photos people send are served.</summary>
    public const string PublicUrl = "https://bot.genycity.example";

    public async ValueTask DisposeAsync()
    {
        var database = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.DatabaseFile();
        await app.StopAsync();
        await app.DisposeAsync();
        var leaked = Logs.Lines.FirstOrDefault(line => TestSecrets.FoundIn(line) is not null);
        Assert.True(leaked is null, $"A secret reached the log: {leaked}");
        foreach (var file in new[] { database, database + "-wal" }.Where(f => f is not null && File.Exists(f)))
        {
            Assert.True(TestSecrets.FoundIn(await File.ReadAllBytesAsync(file!)) is null, $"A secret reached the database file {Path.GetFileName(file)}");
        }
    }
}

/// <summary>Every log line the bot writes, with exceptions, for assertions.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
    }
}
