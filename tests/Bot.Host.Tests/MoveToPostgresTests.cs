using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Host.Operations;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// <c>move-to --postgres</c>, through the entry point Main uses: a SQLite bot filled by the real flows is stopped,
/// moved into an empty PostgreSQL database and started there, and carries on where it was: people known, a draft at its
/// step, a dashboard session still signed in, new rows after the old ids. A target with rows, a source some migrations
/// behind and a row PostgreSQL will not take are refused, and leave the target as it was.
/// </summary>
public sealed partial class MoveToPostgresTests(ITestOutputHelper output) : BotTest
{
    /// <summary>Given to the target's connection string: the server trusts the tests' connections, and the move must never print it.</summary>
    private const string Password = "move-password-never-printed";

    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", $"--Dashboard:PublicUrl={DashboardSite.PublicUrl}"];

    [Fact]
    public async Task ABotFilledByItsFlows_MovedToPostgres_CarriesOnWhereItWas()
    {
        var coordinator = await new TelegramUser(Api, 777, languageCode: "lv").OnboardAsync("lv");
        var author = await new TelegramUser(Api, 1001).OnboardAsync("en");
        var supporter = await new TelegramUser(Api, 1002).OnboardAsync("en");
        var drafter = await new TelegramUser(Api, 1003).OnboardAsync("en");

        // A published idea with a support and a comment.
        await author.SubmitsIdeaAsync("Benches by the river", "Ten benches along the embankment.");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:ok:1"));
        coordinator.Presses("mod:ok:1");
        await author.NextAsync(c => (c.Text ?? "").Contains("approved", StringComparison.Ordinal));
        supporter.Says("/ideas");
        await supporter.NextAsync(c => c.Payloads.Contains("vote:up:1"));
        supporter.Presses("vote:up:1");
        await supporter.NextAsync(c => c.Labels.Any(l => l.StartsWith("💚", StringComparison.Ordinal)));
        supporter.Presses("cm:l:1:1");
        await supporter.NextAsync(c => c.Payloads.Contains("cm:w:1:1"));
        supporter.Presses("cm:w:1:1");
        await supporter.NextAsync(c => (c.Text ?? "").StartsWith("Write your comment", StringComparison.Ordinal));
        supporter.Says("Where exactly?");
        await supporter.NextAsync(c => c.Text == "Your comment is published.");

        // An event with an answer, and an announcement sent to everyone.
        var eventId = await Bot.InScopeAsync(async db =>
        {
            var organiser = await db.Members.SingleAsync(m => m.ExternalId == coordinator.ChatId);
            var meeting = CityEvent.Publish("Youth council", DateTimeOffset.UtcNow.AddDays(10), "Town hall", "The budget.", null, organiser, DateTimeOffset.UtcNow);
            db.Events.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        supporter.Says($"/start event_{eventId}");
        await supporter.NextAsync(c => c.Payloads.Contains($"rsvp:go:{eventId}"));
        supporter.Presses($"rsvp:go:{eventId}");
        await supporter.NextAsync();
        // Past what the coordinator was told meanwhile (the new idea, the answer).
        var sentinel = await coordinator.SentinelAsync();
        await coordinator.NextAsync(c => c.Sequence == sentinel.Sequence);
        coordinator.Says("/announce");
        await coordinator.NextAsync();
        coordinator.Says("Baseins piektdien bez maksas!");
        await coordinator.NextAsync(c => c.Payloads.Contains("announce:skip"));
        coordinator.Presses("announce:skip");
        await coordinator.NextAsync(c => c.Payloads.Contains("announce:to:all"));
        coordinator.Presses("announce:to:all");
        await coordinator.NextAsync();
        var preview = await coordinator.NextAsync();
        coordinator.Presses(preview.Payloads[0]);
        await coordinator.NextAsync(c => c.Text?.StartsWith("✅ Pabeigts", StringComparison.Ordinal) == true);

        // A draft left at its second step, and a coordinator signed in to the dashboard.
        drafter.Says("/idea");
        await drafter.NextAsync();
        drafter.Says("Skatepark in the old park");
        await drafter.NextAsync();
        using var browser = new Browser(Bot.BaseUrl);
        var signedIn = await SignInAsync(browser, await LinkAsync(coordinator));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = browser.Cookies.GetCookieHeader(new Uri(Bot.BaseUrl));
        await Bot.OutboxDrainedAsync();
        await author.NextAsync(c => c.Text == "Baseins piektdien bez maksas!");

        // Some volume, for the timing: members who joined before the bot's chat was opened.
        await Bot.InScopeAsync(async db =>
        {
            for (var i = 0; i < 3000; i++)
            {
                var id = (50_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var member = new Domain.Members.Member(Domain.Messaging.ChannelKind.Telegram, id, id, Domain.Members.Language.Lv, DateTimeOffset.UtcNow);
                member.GiveConsent(DateTimeOffset.UtcNow);
                db.Members.Add(member);
            }

            return await db.SaveChangesAsync();
        });
        // The newest member erases themselves: their id is not to be given again.
        var leaver = await new TelegramUser(Api, 1005).OnboardAsync("en");
        leaver.Says("/forgetme");
        await leaver.NextAsync(c => c.Payloads.Contains("forget:yes"));
        leaver.Presses("forget:yes");
        await leaver.NextAsync(c => c.Text?.StartsWith('✅') == true);
        var before = await Bot.InScopeAsync(async db => (Members: await db.Members.MaxAsync(m => m.Id), Ideas: await db.Ideas.MaxAsync(i => i.Id), Keys: await db.DataProtectionKeys.CountAsync()));
        await StopBotAsync();
        var membersGiven = await SqliteAsync("SELECT seq FROM sqlite_sequence WHERE name = 'Members'");
        Assert.True(membersGiven > before.Members, "The erased member was not the newest.");

        using var target = await TestDatabase.EmptyAsync(DatabaseProvider.Postgres);
        var clock = Stopwatch.StartNew();
        var (exit, printed, errors) = await MoveAsync(target);
        output.WriteLine($"moved in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(exit == 0, $"The move failed ({exit}): {errors}");
        Assert.Contains("Done: ", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, printed + errors, StringComparison.Ordinal);
        var verified = VerifiedLine().Matches(printed).Select(m => m.Groups["table"].Value).ToList();
        Assert.Contains("Members", verified);
        Assert.Contains("DataProtectionKeys", verified);
        Assert.Contains("Conversations", verified);
        Assert.DoesNotContain("DIFFERS", printed, StringComparison.Ordinal);
        // Every table the migrations made on PostgreSQL was checked (the bot has not started there yet: no Quartz tables).
        Assert.Equal(
            await PostgresScalarAsync(target, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '\\_\\_EF%'"),
            verified.Count);

        await using var moved = await RunningBot.StartTelegramAsync(Api, target, null, [.. Settings]);
        Assert.Equal(DatabaseProvider.Postgres, moved.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.Kind);
        Assert.Equal(before.Keys, await moved.InScopeAsync(db => db.DataProtectionKeys.CountAsync()));

        // Known: no language or consent question, the own idea listed.
        author.Says("/myideas");
        var mine = await author.NextAsync();

        Assert.Contains("Benches by the river", mine.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(mine.Payloads, p => p.StartsWith(LanguageButtons.Prefix + ":", StringComparison.Ordinal) || p == ConsentButtons.AcceptPayload);

        // The draft resumes at its step: the description, then the themes.
        drafter.Says("Ramps and rails for skaters and scooters.");
        await drafter.PastSimilarIdeasAsync();

        // Still signed in: the cookie's keys came along.
        using var there = new HttpClient { BaseAddress = new Uri(moved.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Add("Cookie", cookie);
        var home = await there.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Koordinatoru vadības panelis", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // New rows take the ids after the old ones.
        await author.SubmitsIdeaAsync("Lights in the lake park", "Lamps on the path around the lake.");
        await new TelegramUser(Api, 1004).OnboardAsync("en");
        Assert.Equal(before.Ideas + 1, await moved.InScopeAsync(db => db.Ideas.MaxAsync(i => i.Id)));
        Assert.Equal(membersGiven + 1, await moved.InScopeAsync(db => db.Members.MaxAsync(m => m.Id)));
    }

    [Fact]
    public async Task ATargetWithRows_IsRefused_AndLeftAsItWas()
    {
        await new TelegramUser(Api, 1001).OnboardAsync("en");
        await StopBotAsync();
        using var target = await TestDatabase.EmptyAsync(DatabaseProvider.Postgres);
        // The connection string from the environment, kept off the command line (and out of the shell's history).
        var variable = $"GENYCITY_TEST_TARGET_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, new NpgsqlConnectionStringBuilder(target.ConnectionString) { Password = Password }.ConnectionString);
        using var printedFirst = new StringWriter();
        var first = await Commands.RunAsync(
            [Commands.MoveTo, "--postgres-from-env", variable, $"--ConnectionStrings:Bot={Database.ConnectionString}"], printedFirst, printedFirst, CancellationToken.None);
        Environment.SetEnvironmentVariable(variable, null);
        Assert.True(first == 0, printedFirst.ToString());
        Assert.DoesNotContain(Password, printedFirst.ToString(), StringComparison.Ordinal);
        var moved = await PostgresCountAsync(target, "Members");

        // Someone wrote to the SQLite bot after; moving again into the same database is refused and changes nothing there.
        await StartBotAsync();
        await new TelegramUser(Api, 1002).OnboardAsync("en");
        await StopBotAsync();
        var (exit, printed, errors) = await MoveAsync(target);
        Assert.Equal(2, exit);
        Assert.Equal("", printed);
        Assert.StartsWith($"The PostgreSQL database at 127.0.0.1:", errors, StringComparison.Ordinal);
        Assert.Contains("is not empty (", errors, StringComparison.Ordinal);
        Assert.Contains("drop and recreate it", errors, StringComparison.Ordinal);
        Assert.Single(errors.TrimEnd().Split('\n'));
        Assert.Equal(moved, await PostgresCountAsync(target, "Members"));
    }

    [Fact]
    public async Task ASourceOlderThanTheBuild_IsRefused_WithWhatToDo_AndTheTargetUntouched()
    {
        await StopBotAsync();
        using var old = await TestDatabase.EmptyAsync(DatabaseProvider.Sqlite);
        await using (var context = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(old.ConnectionString).Options))
        {
            var migrations = context.Database.GetMigrations().ToList();
            await context.GetService<IMigrator>().MigrateAsync(migrations[^2]);
        }

        using var target = await TestDatabase.EmptyAsync(DatabaseProvider.Postgres);
        // Through the built binary, as a city runs it: one line, exit code 2.
        var (exit, printed, errors) = await BotCommand.RunAsync(output, Commands.MoveTo, "--postgres", target.ConnectionString, $"--ConnectionStrings:Bot={old.ConnectionString}");
        Assert.Equal(2, exit);
        Assert.Equal("", printed);
        Assert.Single(errors.TrimEnd().Split('\n'));
        Assert.StartsWith("The SQLite database is older than this build", errors, StringComparison.Ordinal);
        Assert.Contains("start this version of the bot on it once", errors, StringComparison.Ordinal);
        Assert.Equal(0, await PostgresScalarAsync(target, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    [Fact]
    public async Task ARowPostgresRefuses_FailsTheMove_AndLeavesTheTargetEmpty()
    {
        var drafter = await new TelegramUser(Api, 1001).OnboardAsync("en");
        drafter.Says("/idea");
        await drafter.NextAsync();
        await StopBotAsync();
        // A NUL in a draft: SQLite keeps it, PostgreSQL's text cannot. Members are copied before conversations.
        await using (var sqlite = new SqliteConnection(Database.ConnectionString))
        {
            await sqlite.OpenAsync();
            await using var damage = new SqliteCommand("UPDATE Conversations SET DraftJson = '{\"title\":\"a' || char(0) || 'b\"}'", sqlite);
            Assert.Equal(1, await damage.ExecuteNonQueryAsync());
        }

        using var target = await TestDatabase.EmptyAsync(DatabaseProvider.Postgres);
        var (exit, printed, errors) = await MoveAsync(target);
        Assert.Equal(1, exit);
        Assert.Contains("copied Members (1 rows)", printed, StringComparison.Ordinal);
        Assert.StartsWith("Copying the table Conversations failed: the row MemberId=1, column DraftJson, holds a NUL character", errors, StringComparison.Ordinal);
        Assert.Contains("the PostgreSQL database is left empty", errors, StringComparison.Ordinal);
        Assert.Equal(0, await PostgresCountAsync(target, "Members"));
        Assert.Equal(0, await PostgresCountAsync(target, "DataProtectionKeys"));
        // The source is as the bot left it, in write-ahead logging; once the row is put right, the same move into the same database succeeds.
        await using var check = new SqliteConnection(Database.ConnectionString);
        await check.OpenAsync();
        await using (var mode = new SqliteCommand("PRAGMA journal_mode", check))
        {
            Assert.Equal("wal", await mode.ExecuteScalarAsync());
        }

        await using (var repair = new SqliteCommand("UPDATE Conversations SET DraftJson = '{\"title\":\"ab\"}'", check))
        {
            await repair.ExecuteNonQueryAsync();
        }

        await check.CloseAsync();
        Assert.Equal(0, (await MoveAsync(target)).Exit);
        Assert.Equal(1, await PostgresCountAsync(target, "Members"));
        Assert.Equal(1, await PostgresCountAsync(target, "Conversations"));
    }

    [Fact]
    public async Task ALanguageTheCityAdded_MovesWithTheCitysTexts_AndAValueThisBuildCannotRead_IsRefusedNamingItsRow()
    {
        await new TelegramUser(Api, 1001).OnboardAsync("en");
        await new TelegramUser(Api, 1002).OnboardAsync("en");
        await StopBotAsync();
        // The city added Ukrainian (Bot:TextsFolder), and someone chose it; the other member's channel is text no build knows.
        await SqliteAsync("UPDATE Members SET Language = 'uk' WHERE ExternalId = '1001'; UPDATE Members SET Channel = 'Pigeon' WHERE ExternalId = '1002';");
        var ids = (Uk: await SqliteAsync("SELECT Id FROM Members WHERE ExternalId = '1001'"), Pigeon: await SqliteAsync("SELECT Id FROM Members WHERE ExternalId = '1002'"));
        var texts = Directory.CreateTempSubdirectory("genycity-move-texts-").FullName;
        try
        {
            await File.WriteAllTextAsync(
                Path.Combine(texts, "languages.json"),
                """{ "uk": { "name": "Українська", "culture": "uk-UA", "plural": "ru", "messengerLocale": "uk_UA" } }""");
            using var target = await TestDatabase.EmptyAsync(DatabaseProvider.Postgres);

            // Without the city's texts (this process has the shipped ones) "uk" would become English: refused, naming the row.
            var (exit, _, errors) = await MoveAsync(target);
            Assert.Equal(1, exit);
            Assert.Single(errors.TrimEnd().Split('\n'));
            Assert.StartsWith($"Copying the table Members failed: the row Id={ids.Uk}, column Language, holds \"uk\", which this build reads as \"en\"", errors, StringComparison.Ordinal);
            Assert.Contains("Bot:TextsFolder", errors, StringComparison.Ordinal);
            Assert.Equal(0, await PostgresCountAsync(target, "Members"));

            // With them, as the bot runs (the built binary): the language is known, the channel no enum value is.
            string[] move = [Commands.MoveTo, "--postgres", target.ConnectionString, $"--ConnectionStrings:Bot={Database.ConnectionString}", $"--Bot:TextsFolder={texts}"];
            (exit, _, errors) = await BotCommand.RunAsync(output, move);
            Assert.Equal(1, exit);
            Assert.StartsWith($"Copying the table Members failed: the row Id={ids.Pigeon}, column Channel, holds \"Pigeon\"", errors, StringComparison.Ordinal);
            Assert.Equal(0, await PostgresCountAsync(target, "Members"));

            await SqliteAsync("UPDATE Members SET Channel = 'Telegram' WHERE ExternalId = '1002';");
            (exit, _, errors) = await BotCommand.RunAsync(output, move);
            Assert.True(exit == 0, errors);
            Assert.Equal(1, await PostgresScalarAsync(target, "SELECT COUNT(*) FROM \"Members\" WHERE \"Language\" = 'uk'"));
        }
        finally
        {
            Directory.Delete(texts, recursive: true);
        }
    }

    [Fact]
    public async Task ARowPostgresItselfRefuses_FailsTheMove_SayingWhere()
    {
        var drafter = await new TelegramUser(Api, 1001).OnboardAsync("en");
        drafter.Says("/idea");
        await drafter.NextAsync();
        await StopBotAsync();
        // A draft whose member is gone (SQLite with its foreign keys off keeps it; PostgreSQL's constraint refuses it).
        await SqliteAsync("PRAGMA foreign_keys = OFF; UPDATE Conversations SET MemberId = 999999;");

        using var target = await TestDatabase.EmptyAsync(DatabaseProvider.Postgres);
        var (exit, _, errors) = await MoveAsync(target);

        Assert.Equal(1, exit);
        Assert.Single(errors.TrimEnd().Split('\n'));
        Assert.StartsWith("Copying the table Conversations failed (", errors, StringComparison.Ordinal);
        Assert.Contains("; at ", errors, StringComparison.Ordinal);
        Assert.Contains("table Conversations", errors, StringComparison.Ordinal);
        Assert.Contains("(MemberId)=(999999)", errors, StringComparison.Ordinal);
        Assert.Equal(0, await PostgresCountAsync(target, "Members"));
    }

    [Fact]
    public async Task ABotStillRunningOnTheFile_IsRefused()
    {
        await StopBotAsync();
        using var target = await TestDatabase.EmptyAsync(DatabaseProvider.Postgres);
        // A connection held open, as the running bot's pool holds them.
        var pooled = new SqliteConnectionStringBuilder(Database.ConnectionString) { Pooling = true }.ToString();
        await using var running = new SqliteConnection(pooled);
        await running.OpenAsync();
        await using (var wal = new SqliteCommand("PRAGMA journal_mode=WAL; SELECT COUNT(*) FROM Members;", running))
        {
            await wal.ExecuteScalarAsync();
        }

        var (exit, _, errors) = await MoveAsync(target);
        // The pooled handle goes when the test ends, not back to the pool holding the file open.
        SqliteConnection.ClearPool(running);
        Assert.Equal(2, exit);
        Assert.StartsWith("The SQLite database is in use: stop the bot", errors, StringComparison.Ordinal);
        Assert.Equal(0, await PostgresScalarAsync(target, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    private async Task<(int Exit, string Output, string Errors)> MoveAsync(TestDatabase target, TestDatabase? source = null)
    {
        using var printed = new StringWriter();
        using var errors = new StringWriter();
        var withPassword = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Password = Password }.ConnectionString;
        var exit = await Commands.RunAsync(
            [Commands.MoveTo, "--postgres", withPassword, $"--ConnectionStrings:Bot={(source ?? Database).ConnectionString}"], printed, errors, CancellationToken.None);
        output.WriteLine(printed.ToString());
        output.WriteLine(errors.ToString());
        return (exit ?? -1, printed.ToString(), errors.ToString());
    }

    /// <summary>Runs SQL on the stopped bot's SQLite file, and lets go of it (no pooled handle stays open); its first value, 0 for none.</summary>
    private async Task<long> SqliteAsync(string sql)
    {
        object? first;
        await using (var sqlite = new SqliteConnection(Database.ConnectionString))
        {
            await sqlite.OpenAsync();
            await using var command = new SqliteCommand(sql, sqlite);
            first = await command.ExecuteScalarAsync();
        }

        SqliteConnection.ClearAllPools();
        return Convert.ToInt64(first ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<long> PostgresCountAsync(TestDatabase database, string table) => PostgresScalarAsync(database, $"SELECT COUNT(*) FROM \"{table}\"");

    private static async Task<long> PostgresScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The coordinator's /dashboard: the path and query of the sign-in link.</summary>
    private static async Task<string> LinkAsync(TelegramUser coordinator)
    {
        coordinator.Says("/dashboard");
        var message = await coordinator.NextAsync(c => (c.Text ?? "").StartsWith("🖥", StringComparison.Ordinal));
        return new Uri(Link().Match(message.Text!).Value).PathAndQuery;
    }

    /// <summary>Opens the link and presses Sign in, as a person would.</summary>
    private static async Task<HttpResponseMessage> SignInAsync(Browser browser, string path)
    {
        var page = await browser.Client.GetStringAsync(path);
        var antiforgery = AntiforgeryField().Match(page);
        return await browser.Client.PostAsync("/dashboard/signin", new FormUrlEncodedContent(
        [
            new(antiforgery.Groups["name"].Value, WebUtility.HtmlDecode(antiforgery.Groups["value"].Value)),
            new("token", WebUtility.HtmlDecode(TokenField().Match(page).Groups["value"].Value)),
        ]));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex("<input type=\"hidden\" name=\"token\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<input (?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>__RequestVerificationToken)\")(?=[^>]*value=\"(?<value>[^\"]+)\")")]
    private static partial Regex AntiforgeryField();

    /// <summary>A line of the move's table whose check says ok.</summary>
    [GeneratedRegex(@"^(?<table>\w+)\s+\d+\s+[0-9a-f]{16}\s+ok\r?$", RegexOptions.Multiline)]
    private static partial Regex VerifiedLine();

    /// <summary>An HTTP client with its own cookies that does not follow redirects, like a browser's first look.</summary>
    private sealed class Browser : IDisposable
    {
        private readonly HttpClientHandler handler;

        public Browser(string baseUrl)
        {
            handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false };
            Client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        }

        public CookieContainer Cookies { get; } = new();

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            handler.Dispose();
        }
    }
}
