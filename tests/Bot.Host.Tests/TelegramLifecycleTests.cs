using GenYCity.Bot.Host.Tests.Fakes;

namespace GenYCity.Bot.Host.Tests;

public sealed class TelegramLifecycleTests : FakeApiTests
{
    [Fact]
    public async Task ARestartInTheMiddleOfOnboarding_ResumesAtTheSameStep_InTheChosenLanguage()
    {
        var user = new TelegramUser(Api, 2001, languageCode: "en");
        await using (var bot = await RunningBot.StartTelegramAsync(Api, Database))
        {
            user.Says("/start");
            await user.NextAsync();
            user.Presses("lang:ru");
            await user.NextAsync();
            var notice = await user.NextAsync();
            Assert.Equal(["consent:yes", "consent:no", "/privacy"], notice.Payloads);
        }

        await using (var bot = await RunningBot.StartTelegramAsync(Api, Database))
        {
            await user.ExpectSilenceAsync();
            user.Says("привет");

            var again = await user.NextAsync();
            Assert.StartsWith("🔒 <b>Прежде чем начать", again.Text, StringComparison.Ordinal);
            Assert.Equal(["consent:yes", "consent:no", "/privacy"], again.Payloads);
        }
    }

    [Fact]
    public async Task AfterARestart_TheBotStillKnowsThePersonAndTheirLanguage()
    {
        var user = new TelegramUser(Api, 2002, languageCode: "en");
        await using (var bot = await RunningBot.StartTelegramAsync(Api, Database))
        {
            user.Says("/start");
            await user.NextAsync();
            user.Presses("lang:lv");
            await user.NextAsync();
            await user.NextAsync();
            user.Presses("consent:yes");
            await user.NextAsync();
            await user.NextAsync();
        }

        await using (var bot = await RunningBot.StartTelegramAsync(Api, Database))
        {
            user.Says("/start");
            var welcomeBack = await user.NextAsync();
            Assert.StartsWith("Prieks tevi atkal redzēt!", welcomeBack.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UpdatesThatArrivedWhileTheBotWasDown_AreHandledAtTheNextStart()
    {
        var user = new TelegramUser(Api, 2003, languageCode: "en");
        user.Says("/start");

        await using var bot = await RunningBot.StartTelegramAsync(Api, Database);

        var picker = await user.NextAsync();
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], picker.Payloads);
    }

    [Fact]
    public async Task AFailingCommandMenuRegistration_IsLogged_AndTheBotStillAnswers()
    {
        Api.Intercept = call => call.Method == "setMyCommands" ? FakeBotApi.Error(500, "Internal Server Error") : null;
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database);
        var user = new TelegramUser(Api, 2004);

        user.Says("/start");

        var picker = await user.NextAsync();
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], picker.Payloads);
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("command menu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Coordinators_GetTheirOwnCommandMenu_InTheirChat()
    {
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database, settings: "--Bot:Coordinators:0=telegram:777");

        var scoped = await WaitForAsync(() => Api.Calls.Where(c => c.Method == "setMyCommands" && c.Body["scope"]?["type"]?.GetValue<string>() == "chat").ToList(), count: 4);

        Assert.All(scoped, c => Assert.Equal(777, c.Body["scope"]!["chat_id"]!.GetValue<long>()));
        Assert.Equivalent(new[] { "lv", "ru", "en", null }, scoped.Select(c => c.Body["language_code"]?.GetValue<string>()));
    }

    [Fact]
    public async Task PollingFailures_AreRetried_UntilTelegramAnswersAgain()
    {
        var failures = 0;
        Api.Intercept = call => call.Method == "getUpdates" && Interlocked.Increment(ref failures) <= 2
            ? FakeBotApi.Error(502, "Bad Gateway")
            : null;
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database);
        var user = new TelegramUser(Api, 2005);

        user.Says("/start");

        await user.NextAsync(TimeSpan.FromSeconds(20));
        Assert.True(failures >= 2);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Polling Telegram failed", StringComparison.Ordinal));
    }

    private static async Task<List<ApiCall>> WaitForAsync(Func<List<ApiCall>> calls, int count, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(calls))] string what = "")
    {
        await Eventually.WaitUntilAsync(() => calls().Count >= count, $"{count} of {what}");
        return calls();
    }
}
