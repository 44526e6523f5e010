using System.Diagnostics;
using GenYCity.Bot.Host.Tests.Fakes;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The built bot started as its own process, as an operator would start it.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("genycity-start-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("--Telegram:BotToken=123456:too-short-secretpart", "Telegram:BotToken", "does not look like a bot token")]
    [InlineData("--Telegram:BotToken=no-colon-here-secretpart-abcdefghijklmn", "Telegram:BotToken", "does not look like a bot token")]
    [InlineData("--Telegram:ApiBaseUrl=ftp://example", "Telegram:ApiBaseUrl", "is not an http(s) address")]
    [InlineData("--Bot:TimeZone=Mars/Olympus", "Bot:TimeZone", "is not a known time zone")]
    [InlineData("--Bot:Coordinators:0=telegram", "Bot:Coordinators", "expected channel:id")]
    [InlineData("--Bot:DefaultLanguage=de", "Bot:DefaultLanguage", "must be one of Bot:Languages (lv, ru, en)")]
    [InlineData("--Bot:Languages:3=xx", "Bot:Languages", "has \"xx\", which is not in the language table (texts/languages.json)")]
    [InlineData("--Bot:TextsFolder=/nowhere/genycity-texts", "Bot:TextsFolder", "/nowhere/genycity-texts does not exist.")]
    [InlineData("--Telegram:PollingTimeoutSeconds=soon", "Telegram:PollingTimeoutSeconds", "Failed to convert configuration value")]
    [InlineData("--Telegram:PollingTimeoutSeconds=99", "Telegram:PollingTimeoutSeconds", "must be between 0 and 50")]
    [InlineData("--ConnectionStrings:Bot=Flavour=vanilla", "ConnectionStrings:Bot", "is not a SQLite connection string")]
    [InlineData("--Privacy:ControllerContact=", "Privacy:ControllerContact", "the privacy notice gives the controller's address")]
    [InlineData("--Privacy:DpoContact= ", "Privacy:DpoContact", "the data-protection officer's contact")]
    [InlineData("--Privacy:MinimumAge=10", "Privacy:MinimumAge", "must be between 13 and 18")]
    [InlineData("--Privacy:SupervisoryAuthority:Ru=", "Privacy:SupervisoryAuthority:ru", "names where to complain")]
    [InlineData("--Bot:LocalTime:Lv=", "Bot:LocalTime:lv", "names the city's time")]
    [InlineData("--Bot:Themes:2:Ru=Транспорт и передвижение", "Bot:Themes:2:ru", "theme buttons show at most 20")]
    [InlineData("--Delivery:Messenger:ChatBurst=0", "Delivery:Messenger:ChatBurst", "must be at least 1")]
    [InlineData("--Health:TrustedNetworks:0=10.0.0.0", "Health:TrustedNetworks", "expected a network in CIDR notation")]
    [InlineData("--Health:TrustedNetworks:1=127.0.0.1/33", "Health:TrustedNetworks", "expected a network in CIDR notation")]
    [InlineData("--Health:TrustedNetworks=10.0.0.0/8", "Health:TrustedNetworks", "is a list: give each network as Health:TrustedNetworks:0")]
    [InlineData("--Health:Token=secretpart", "Health:Token", "must be 16 to 256")]
    [InlineData("--Health:Token=secretpart secretpart", "Health:Token", "must be 16 to 256")]
    [InlineData("--Dashboard:PublicUrl=javascript:alert(1)//", "Dashboard:PublicUrl", "must be the dashboard's https:// address")]
    [InlineData("--Dashboard:PublicUrl=http://dashboard.example", "Dashboard:PublicUrl", "must be an https:// address")]
    [InlineData("--Dashboard:PublicUrl=https://admin:secretpart@dashboard.example", "Dashboard:PublicUrl", "must not hold a user name or password")]
    [InlineData("--Dashboard:LinkLifetime=-00:10:00", "Dashboard:LinkLifetime", "must be between 00:01:00 (a minute) and 1.00:00:00 (a day)")]
    [InlineData("--Dashboard:SessionLifetime=30.00:00:00", "Dashboard:SessionLifetime", "must be between 00:05:00 (five minutes) and 7.00:00:00 (a week)")]
    // Read also while the bot is composed (for the cookies), before the settings are checked.
    [InlineData("--Dashboard:LinkLifetime=soon", "Dashboard:LinkLifetime", "Failed to convert configuration value")]
    [InlineData("--Dashboard:SessionLifetime=a day", "Dashboard:SessionLifetime", "Failed to convert configuration value")]
    public async Task AMalformedSetting_StopsTheStart_WithOneLineNamingTheKey(string setting, string key, string problem)
    {
        var (exitCode, output, errors) = await RunBotAsync(setting);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Configuration error: ", line, StringComparison.Ordinal);
        Assert.Contains(key, line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.DoesNotContain("secretpart", errors + output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors + output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Telegram:Mode=Pigeon", "Telegram:Mode", "is not a mode")]
    [InlineData("--Telegram:WebhookUrl=http://insecure.example/webhooks/telegram", "Telegram:WebhookUrl", "must be the https address")]
    [InlineData("--Telegram:WebhookSecret=short", "Telegram:WebhookSecret", "must be 16 to 256 characters")]
    public async Task AMalformedWebhookSetting_StopsTheStart_WithoutRepeatingTheSecret(string setting, string key, string problem)
    {
        var (exitCode, output, errors) = await RunBotAsync(
            "--Telegram:BotToken=123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefsecretpart",
            "--Telegram:Mode=Webhook",
            "--Telegram:WebhookUrl=https://bot.example/webhooks/telegram",
            "--Telegram:WebhookSecret=secretpart-0123456789",
            setting);

        Assert.Equal(2, exitCode);
        Assert.Contains(key, errors, StringComparison.Ordinal);
        Assert.Contains(problem, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("secretpart", errors + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseTheOldMigrationsLeftPartWay_StopsTheStart_SayingHowToBringItUpToDate()
    {
        var file = Path.Combine(folder, "old.db");
        using (var database = new TestDatabase())
        {
            await using var services = await StoreServices.CreateAsync(database);
            await services.InScopeAsync(db => MigrationHistory.RewriteAsync(db, "20261123231820_Foundation", "20261123235518_Ideas"));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Copy(database.File, file);
        }

        var (exitCode, output, errors) = await RunBotAsync($"--ConnectionStrings:Bot=Data Source={file}");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal(
            "Start-up error: The database was made by an older build of the bot and stopped at its migration 20261123235518_Ideas. Start the bot at commit 2189a0f once, which brings it up to date, then this build.",
            line);
        Assert.DoesNotContain("   at ", errors + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MistakesInTwoSections_StopTheStart_WithALineForEach()
    {
        // Before, the start-up validator's AggregateException of two sections crashed the bot (exit 134, a stack trace).
        var (exitCode, output, errors) = await RunBotAsync("--Bot:TimeZone=Mars/Olympus", "--Privacy:MinimumAge=10");

        Assert.Equal(2, exitCode);
        Assert.Equal(
            ["Configuration error: Bot:TimeZone 'Mars/Olympus' is not a known time zone (for example Europe/Riga).", "Configuration error: Privacy:MinimumAge must be between 13 and 18."],
            errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("   at ", errors + output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("polls/ru.json", "{ \"Total_one\": \"Всего: {{votes}}\" }", "texts/polls/ru.json: \"Total_one\" uses {{votes}}, which the text does not have; it has {{count}}.")]
    [InlineData("chat/lv.json", "{ \"Welcom\": \"Sveiki\" }", "texts/chat/lv.json has texts the bot does not use (misspelt?): Welcom.")]
    [InlineData("chat/en.json", "{ \"Accept\": ", "Bot:TextsFolder: chat/en.json is not valid JSON")]
    public async Task ACitysTextWithAMistake_StopsTheStart_WithOneLineNamingTheFileAndKey(string file, string json, string problem)
    {
        var texts = Path.Combine(folder, "texts");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(texts, file))!);
        await File.WriteAllTextAsync(Path.Combine(texts, file), json);

        var (exitCode, output, errors) = await RunBotAsync($"--Bot:TextsFolder={texts}");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Configuration error: ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors + output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunBotAsync(params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await output, await errors);
    }
}
