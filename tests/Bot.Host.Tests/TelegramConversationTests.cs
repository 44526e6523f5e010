using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The real bot, the real Telegram.Bot client, real HTTP to a fake Bot API on 127.0.0.1, and a SQLite file.</summary>
public sealed class TelegramConversationTests : BotTest
{
    protected override IEnumerable<string> Settings => [$"--Health:Token={TestSecrets.HealthToken}"];

    [Theory]
    [InlineData("lv", "lv", "Valoda: latviešu ✓", "Pirms sākam", "Paldies un laipni lūdzam!", "Lūk, ko es protu:")]
    [InlineData("ru", "ru", "Язык: русский ✓", "Прежде чем начать", "Спасибо и добро пожаловать!", "Вот что я умею:")]
    [InlineData("en", "en", "Language: English ✓", "Before we start", "Thank you, and welcome!", "Here is what I can do:")]
    public async Task StartLanguageConsentAndHelp_WorkOverTheBotApi(
        string code, string language, string confirmation, string noticeStart, string welcome, string helpIntro)
    {
        var user = new TelegramUser(Api, 1001, languageCode: "de");

        user.Says("/start");
        var picker = await user.NextAsync();
        Assert.Equal("sendMessage", picker.Method);
        Assert.Contains("Choose your language", picker.Text, StringComparison.Ordinal);
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], picker.Payloads);

        user.Presses($"lang:{code}");
        var chosen = await user.NextAsync();
        Assert.Equal("editMessageText", chosen.Method);
        Assert.Equal(picker.MessageId, chosen.MessageId);
        Assert.Equal(confirmation, chosen.Text);
        Assert.Empty(chosen.Payloads);

        var notice = await user.NextAsync();
        Assert.Equal("sendMessage", notice.Method);
        Assert.Equal("html", notice.Body["parse_mode"]?.GetValue<string>().ToLowerInvariant());
        Assert.Contains(noticeStart, notice.Text, StringComparison.Ordinal);
        Assert.Equal(["consent:yes", "consent:no", "/privacy"], notice.Payloads);

        user.Presses("consent:yes");
        var retired = await user.NextAsync();
        Assert.Equal("editMessageReplyMarkup", retired.Method);
        Assert.Equal(notice.MessageId, retired.MessageId);
        Assert.Empty(retired.Payloads);
        var menu = await user.NextAsync();
        Assert.StartsWith(welcome, menu.Text, StringComparison.Ordinal);
        Assert.Equal(["/idea", "/ideas", "/myideas", "/results", "/events", "/digest", "/settings", "/language", "/help"], menu.Payloads);

        user.Says("/help");
        var help = await user.NextAsync();
        Assert.StartsWith(helpIntro, help.Text, StringComparison.Ordinal);

        Assert.Equal(2, Api.Calls.Count(c => c.Method == "answerCallbackQuery"));
        var member = await Bot.InScopeAsync(db => db.Members.SingleAsync());
        Assert.Equal(language, member.Language);
        Assert.Equal(ConsentStatus.Given, member.Consent);
        Assert.Equal(Subscriptions.All, member.Subscriptions);
    }

    [Fact]
    public async Task TheFirstAnswers_AreInTheLanguageTelegramReports()
    {
        var user = new TelegramUser(Api, 1002, languageCode: "ru");

        user.SendsSticker();

        var answer = await user.NextAsync();
        Assert.Equal("Здесь я понимаю текст и кнопки (и фото, если добавляешь его к идее). Отправь /help, чтобы увидеть, что я умею.", answer.Text);
        var picker = await user.NextAsync();
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], picker.Payloads);
    }

    [Fact]
    public async Task ARedeliveredUpdate_IsHandledOnce()
    {
        var user = new TelegramUser(Api, 1003);
        var update = user.Says("/start");
        await user.NextAsync();

        Api.Redeliver(update);
        Api.EnqueueUpdate(update);

        await user.ExpectSilenceAsync();
        // The /start, and the sentinel; neither copy.
        Assert.Equal(2, await Bot.InScopeAsync(db => db.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task AForgedButton_IsAnsweredPolitely_AndChangesNothing()
    {
        var user = new TelegramUser(Api, 1004);
        user.Says("/start");
        await user.NextAsync();
        user.Presses("lang:en");
        await user.NextAsync();
        await user.NextAsync();
        user.Presses("consent:yes");
        await user.NextAsync();
        await user.NextAsync();

        user.PressesOn(messageId: 999, payload: "idea:approve:12");

        var answer = await user.NextAsync();
        Assert.Equal("That button is no longer active. Here is the menu instead.", answer.Text);
        var member = await Bot.InScopeAsync(db => db.Members.SingleAsync());
        Assert.Equal(Subscriptions.All, member.Subscriptions);
    }

    [Fact]
    public async Task TheCommandMenu_IsRegisteredInEachLanguage()
    {
        var calls = await WaitForCommandMenuAsync(expected: 4);

        var languages = calls.Select(c => c.Body["language_code"]?.GetValue<string>()).ToList();
        Assert.Equivalent(new[] { "lv", "ru", "en", null }, languages);
        var russian = calls.Single(c => c.Body["language_code"]?.GetValue<string>() == "ru");
        var commands = russian.Body["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>());
        Assert.Equal(["start", "idea", "ideas", "myideas", "results", "budget", "events", "digest", "settings", "language", "help", "privacy", "mydata", "forgetme", "cancel"], commands);
        Assert.Contains(russian.Body["commands"]!.AsArray(), c => c!["description"]!.GetValue<string>() == "Сменить язык");
    }

    [Fact]
    public async Task TheBotTokenAppearsInNoLogLine()
    {
        var user = new TelegramUser(Api, 1005);
        user.Says("/start");
        await user.NextAsync();
        user.Presses("lang:en");
        await user.NextAsync();

        var secret = FakeBotApi.Token.Split(':')[1];
        Assert.NotEmpty(Bot.Logs.Lines);
        Assert.DoesNotContain(Bot.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_ReportsTheDatabaseAndTelegram_AndATelegramThatStoppedAnswering()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestSecrets.HealthToken);

        var response = await http.GetAsync(new Uri($"{Bot.BaseUrl}/health/ready"));

        Assert.True(response.IsSuccessStatusCode);
        var healthy = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("""{"status":"Healthy","checks":{"database":"Healthy","telegram":"Healthy"},"provider":"Sqlite","instance":""", healthy, StringComparison.Ordinal);
        Assert.Contains("\"leases\":{", healthy, StringComparison.Ordinal);

        Api.Intercept = call => call.Method == "getUpdates" ? FakeBotApi.BadGatewayError() : null;
        var degraded = string.Empty;
        await Eventually.WaitUntilAsync(
            async () => (degraded = await http.GetStringAsync(new Uri($"{Bot.BaseUrl}/health/ready"))).Contains("Degraded", StringComparison.Ordinal),
            "/health/ready to say Telegram is Degraded once getUpdates fails");

        Assert.StartsWith("""{"status":"Degraded","checks":{"database":"Healthy","telegram":"Degraded"},""", degraded, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApi.Token, degraded, StringComparison.Ordinal);
    }

    private async Task<List<ApiCall>> WaitForCommandMenuAsync(int expected)
    {
        await Eventually.WaitUntilAsync(() => Api.Calls.Count(c => c.Method == "setMyCommands") >= expected, $"{expected} setMyCommands calls");

        return Api.Calls.Where(c => c.Method == "setMyCommands").ToList();
    }
}
