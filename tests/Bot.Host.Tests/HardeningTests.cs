using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenYCity.Bot.Host.Tests;

/// <summary>What a bad day brings: a Bot API that hangs, updates nobody can read, a service that dies.</summary>
public sealed class HardeningTests : BotTest
{
    [Fact]
    public async Task AnAcknowledgementThatHangs_HoldsUpNobody()
    {
        var anna = new TelegramUser(Api, 4001, "en");
        var boris = new TelegramUser(Api, 4002, "en");
        anna.Says("/start");
        await anna.NextAsync();
        Api.Intercept = call => call.Method == "answerCallbackQuery" ? new SlowAnswer(TimeSpan.FromSeconds(30)) : null;

        anna.Presses("lang:en");
        var pressed = Stopwatch.StartNew();
        boris.Says("/start");

        await boris.NextAsync(TimeSpan.FromSeconds(5));
        Assert.True(pressed.Elapsed < TimeSpan.FromSeconds(5), $"Boris waited {pressed.Elapsed}");
        await anna.NextAsync(c => c.Payloads.Contains("consent:yes"), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AnUpdateTheLibraryCannotRead_IsSkipped_AndTheNextIsAnswered()
    {
        // A message id beyond Int32: Telegram.Bot cannot read it, and it used to fail every getUpdates.
        var poison = Api.EnqueueUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 3_000_000_000L,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = 4003, ["type"] = "private" },
                ["from"] = new JsonObject { ["id"] = 4003, ["is_bot"] = false, ["first_name"] = "X" },
                ["text"] = "/start",
            },
        });
        // And one from someone but in no chat at all, which the mapping cannot place.
        Api.EnqueueUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 5,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["from"] = new JsonObject { ["id"] = 4005, ["is_bot"] = false, ["first_name"] = "Y" },
                ["text"] = "/start",
            },
        });
        var anna = new TelegramUser(Api, 4004, "en");
        anna.Says("/start");

        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], (await anna.NextAsync()).Payloads);
        // Each unreadable update was skipped, once: they were confirmed past and not offered again. Had they been,
        // they would have come again, and been skipped again, before Anna's sentinel, which comes after them.
        await anna.ExpectSilenceAsync();
        Assert.Single(Bot.Logs.Lines, l => l.Contains($"Skipping Telegram update {poison}: it cannot be read", StringComparison.Ordinal));
        Assert.Single(Bot.Logs.Lines, l => l.Contains("it has no shape the bot can read", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AServiceThatFails_StopsTheBot_WithANonZeroExitCode(bool whileStarting)
    {
        var app = Program.Build(
            [$"--ConnectionStrings:Bot={Database.ConnectionString}", "--urls=http://127.0.0.1:0", $"--Telegram:BotToken={FakeBotApi.Token}", $"--Telegram:ApiBaseUrl={Api.BaseUrl}"],
            services => services.AddHostedService(sp => new FailingService(whileStarting, sp.GetRequiredService<IHostApplicationLifetime>())));

        var exitCode = await app.RunBotAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, exitCode);
    }

    /// <summary>Gives up at once, while the host is still starting (its web server not bound yet), or once the bot has started.</summary>
    private sealed class FailingService(bool whileStarting, IHostApplicationLifetime lifetime) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            if (whileStarting)
            {
                await Task.Yield();
            }
            else
            {
                var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using (lifetime.ApplicationStarted.Register(started.SetResult))
                {
                    await started.Task.WaitAsync(stoppingToken);
                }
            }

            throw new InvalidOperationException("a service gave up");
        }
    }

    /// <summary>A Bot API answer that takes its time, then says yes.</summary>
    private sealed class SlowAnswer(TimeSpan delay) : Microsoft.AspNetCore.Http.IResult
    {
        public async Task ExecuteAsync(Microsoft.AspNetCore.Http.HttpContext httpContext)
        {
            try
            {
                await Task.Delay(delay, httpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await FakeBotApi.Ok(true).ExecuteAsync(httpContext);
        }
    }
}

/// <summary>The same poison in webhook mode: Telegram gets its 200 and moves on.</summary>
public sealed class TelegramWebhookPoisonTests : BotTest
{

    protected override IEnumerable<string> Settings =>
        ["--Telegram:Mode=Webhook", "--Telegram:WebhookUrl=https://bot.example/webhooks/telegram", $"--Telegram:WebhookSecret={TestSecrets.WebhookSecret}"];

    protected override bool TelegramByWebhook => true;

    [Fact]
    public async Task AnUpdateThatCannotBeRead_IsAcknowledged_AndLogged()
    {
        var poison = """{"update_id":77,"message":{"message_id":3000000000,"date":1,"chat":{"id":5,"type":"private"},"text":"hi"}}""";
        var noChat = """{"update_id":78,"message":{"message_id":3,"date":1,"text":"hi"}}""";

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(poison)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(noChat)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("""{"message":{}}""")).StatusCode);
        Assert.Contains(Bot.Logs.Lines, l => l.Contains("Skipping Telegram update 77: it cannot be read", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> PostAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Bot.BaseUrl}/webhooks/telegram") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TestSecrets.WebhookSecret);
        return await Http.SendAsync(request);
    }
}

/// <summary>A database another writer holds for a long time: the webhooks answer in time, and /health says so.</summary>
public sealed class BusyDatabaseTests : BotTest
{
    protected override bool UsesGraph => true;

    protected override IEnumerable<string> Settings =>
        [.. MessengerChat, "--Webhooks:Deadline=00:00:03", "--Webhooks:BusyTimeout=00:00:00.500", "--Health:TrustedNetworks:0=127.0.0.1/32"];

    [Fact]
    public async Task WhileTheDatabaseIsLocked_AMessengerCallIsAnswered503_InTime_AndTheRetryIsHandled()
    {
        var ilze = new MessengerUser(Graph, $"{Bot.BaseUrl}/webhooks/messenger", "psid-busy");
        var body = MessengerUser.Body(new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = "psid-busy" },
            ["recipient"] = new JsonObject { ["id"] = MessengerUser.PageId },
            ["timestamp"] = 1,
            ["postback"] = new JsonObject { ["payload"] = "/start", ["mid"] = "m_busy_1" },
        }).ToJsonString();

        HttpResponseMessage refused;
        var took = Stopwatch.StartNew();
        using (await LockAsync())
        {
            refused = await MessengerUser.PostRawAsync($"{Bot.BaseUrl}/webhooks/messenger", body, MessengerUser.Sign(body));
            took.Stop();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(took.Elapsed < TimeSpan.FromSeconds(8), $"answered after {took.Elapsed}, past what Facebook waits");
        var retried = await MessengerUser.PostRawAsync($"{Bot.BaseUrl}/webhooks/messenger", body, MessengerUser.Sign(body));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], (await ilze.NextAsync()).Payloads);
    }

    [Fact]
    public async Task Health_WritesToTheDatabase_SoALockedOneIsNotReady_WhileLiveness_TouchesNoDatabase()
    {
        Assert.Contains("\"database\":\"Healthy\"", await Http.GetStringAsync(new Uri($"{Bot.BaseUrl}/health/ready")), StringComparison.Ordinal);

        using (await LockAsync())
        {
            Assert.Contains("\"database\":\"Degraded\"", await Http.GetStringAsync(new Uri($"{Bot.BaseUrl}/health/ready")), StringComparison.Ordinal);
            Assert.Contains("\"database\":\"Degraded\"", await Http.GetStringAsync(new Uri($"{Bot.BaseUrl}/health")), StringComparison.Ordinal);
            Assert.Equal("""{"status":"Healthy"}""", await Http.GetStringAsync(new Uri($"{Bot.BaseUrl}/health/live")));
        }

        Assert.Contains("\"database\":\"Healthy\"", await Http.GetStringAsync(new Uri($"{Bot.BaseUrl}/health/ready")), StringComparison.Ordinal);
    }

    /// <summary>Another writer holding the database, until disposed.</summary>
    private async Task<IDisposable> LockAsync()
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection(Database.ConnectionString);
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync();
        return new Held(connection);
    }

    private sealed class Held(Microsoft.Data.Sqlite.SqliteConnection connection) : IDisposable
    {
        public void Dispose()
        {
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "ROLLBACK;";
                command.ExecuteNonQuery();
            }

            connection.Dispose();
        }
    }
}
