using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests;

/// <summary>Two instances of the bot on one PostgreSQL database, as a city runs them on two machines behind a load balancer.</summary>
public sealed partial class PostgresClusterTests : IAsyncLifetime
{
    private const string Secret = "s3cret-webhook-token-1234";
    private readonly HttpClient http = new();
    private TestDatabase database = null!;
    private FakeBotApi api = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.PostgresAsync();
        api = await FakeBotApi.StartAsync();
        api.Intercept = call => call.Method == "setWebhook" ? FakeBotApi.Ok(true) : null;
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await api.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task EachScheduledFire_RunsOnOneInstanceOnly()
    {
        string[] everySecond = ["--Events:ReminderCron=0/1 * * * * ?", "--Logging:LogLevel:GenYCity.Bot.Host.Events=Debug"];
        await using var first = await StartAsync(everySecond);
        await using var second = await StartAsync(everySecond);

        await Task.Delay(TimeSpan.FromSeconds(6));

        var fires = Ticks(first).Concat(Ticks(second)).ToList();
        Assert.True(fires.Count >= 3, $"only {fires.Count} reminder ticks in six seconds");
        Assert.Equal(fires.Count, fires.Distinct().Count());
    }

    [Fact]
    public async Task FiresMissedWhileEveryInstanceWasDown_RunOnceWhenOneComesBack_NotOneByOne()
    {
        string[] everyTwoSeconds = ["--Events:ReminderCron=0/2 * * * * ?", "--Logging:LogLevel:GenYCity.Bot.Host.Events=Debug"];
        var before = await StartAsync(everyTwoSeconds);
        await Eventually.WaitUntilAsync(() => Ticks(before).Any());
        await before.DisposeAsync();
        var down = DateTimeOffset.UtcNow;

        // Four fires are missed.
        await Task.Delay(TimeSpan.FromSeconds(9));
        await using var after = await StartAsync(everyTwoSeconds);
        var up = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var ticks = Ticks(after).Select(t => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(ticks, t => t <= up.AddSeconds(1));
        Assert.True(ticks.Count(t => t > down && t < up) <= 1, $"the missed fires were replayed: {string.Join(", ", ticks)}");
    }

    [Fact]
    public async Task AReminderDueWhileBothRun_IsSentOnce()
    {
        await SeedAnsweredEventAsync(member: 7101, startsIn: TimeSpan.FromHours(23));
        string[] everySecond = ["--Events:ReminderCron=0/1 * * * * ?"];
        await using var first = await StartAsync(everySecond);
        await using var second = await StartAsync(everySecond);

        await Eventually.WaitUntilAsync(() => Task.FromResult(api.Calls.Any(c => c.ChatId == "7101" && c.Text?.StartsWith('⏰') == true)));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(api.Calls, c => c.ChatId == "7101" && c.Text?.StartsWith('⏰') == true);
    }

    [Fact]
    public async Task TwentyPeoplePressingGoingAtOnce_OnTwoInstances_TakeTheFivePlacesExactly()
    {
        var eventId = await SeedEventWithPeopleAsync(capacity: 5, people: Enumerable.Range(7200, 20).Select(i => (long)i).ToList());
        await using var first = await StartAsync();
        await using var second = await StartAsync();

        var presses = Enumerable.Range(0, 20).Select(i =>
            new TelegramUser(api, 7200 + i, "en").PressesOn(1, $"rsvp:go:{eventId}").ToJsonString()).ToList();
        await Task.WhenAll(presses.Select((update, i) => PostAsync(i % 2 == 0 ? first : second, update)));

        await using var store = await StoreServices.CreateAsync(database);
        var answers = await store.InScopeAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Rsvps.Where(r => r.EventId == eventId)));
        Assert.Equal(20, answers.Count);
        Assert.Equal(5, answers.Count(r => !r.Waitlisted));
        Assert.Equal(15, answers.Count(r => r.Waitlisted));
    }

    [Fact]
    public async Task TheSameWebhookUpdate_PostedToBothInstancesAtOnce_HasOneEffect()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();
        var chats = Enumerable.Range(0, 20).Select(i => 6000L + i).ToList();

        await Task.WhenAll(chats.SelectMany(chat => new[] { first, second }.Select(bot => PostAsync(bot, TelegramWebhookTests.Update(chat, "/start", updateId: chat).ToJsonString()))));

        await Eventually.WaitUntilAsync(() => Task.FromResult(chats.All(chat => api.Calls.Any(c => c.ChatId == chat.ToString(CultureInfo.InvariantCulture)))));
        await Task.Delay(500);
        Assert.All(chats, chat => Assert.Single(api.Calls, c => c.ChatId == chat.ToString(CultureInfo.InvariantCulture) && c.Method == "sendMessage"));
    }

    [Fact]
    public async Task FloodControl_CountsAPersonsMessagesAcrossTheInstances()
    {
        await using var first = await StartAsync("--Abuse:MaxMessages=10", "--Abuse:Window=00:01:00");
        await using var second = await StartAsync("--Abuse:MaxMessages=10", "--Abuse:Window=00:01:00");

        // Thirty messages from one person, half through each instance, some at the same moment.
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            PostAsync(i % 2 == 0 ? first : second, TelegramWebhookTests.Update(7001, $"spam {i}", updateId: 70_000 + i).ToJsonString())));

        await Eventually.WaitUntilAsync(() => Task.FromResult(api.Calls.Any(c => c.ChatId == "7001" && c.Text?.StartsWith("🐢", StringComparison.Ordinal) == true)));
        await Task.Delay(500);
        var answers = api.Calls.Where(c => c.ChatId == "7001" && c.Method == "sendMessage").ToList();
        Assert.Single(answers, c => c.Text?.StartsWith("🐢", StringComparison.Ordinal) == true);
        Assert.Equal(11, answers.Count);
    }

    [Fact]
    public async Task AnErasureOnOneInstance_IsKnownToTheOthersPumpWithinSeconds()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();
        var theirs = second.Services.GetRequiredService<Persistence.Erasures>();
        Assert.False(theirs.WasErased(Domain.Messaging.ChannelKind.Telegram, "7301", 41));

        // What an erasure handled by the first instance writes in its transaction.
        await first.InScopeAsync(async db =>
        {
            db.ErasedChats.Add(new Persistence.ErasedChat(Domain.Messaging.ChannelKind.Telegram, "7301", 42, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        await Eventually.WaitUntilAsync(() => theirs.WasErased(Domain.Messaging.ChannelKind.Telegram, "7301", 41));
        Assert.True(theirs.WasErased(Domain.Messaging.ChannelKind.Telegram, "7301", 42));
        Assert.False(theirs.WasErased(Domain.Messaging.ChannelKind.Telegram, "7301", 43));
    }

    [Fact]
    public async Task Health_SaysWhichDatabase_WhichInstance_AndWhoHoldsEachLease_ToATrustedNetwork()
    {
        await using var first = await StartAsync("--Health:TrustedNetworks:0=127.0.0.0/8");
        await using var second = await StartAsync("--Health:TrustedNetworks:0=127.0.0.0/8");
        await Eventually.WaitUntilAsync(async () => (await HealthAsync(first))["leases"]?["Telegram"] is not null);

        var (one, other) = (await HealthAsync(first), await HealthAsync(second));

        Assert.Equal(("Postgres", "Postgres"), (one["provider"]!.GetValue<string>(), other["provider"]!.GetValue<string>()));
        Assert.NotEqual(one["instance"]!.GetValue<string>(), other["instance"]!.GetValue<string>());
        var holder = one["leases"]!["Telegram"]!["holder"]!.GetValue<string>();
        Assert.Equal(holder, other["leases"]!["Telegram"]!["holder"]!.GetValue<string>());
        Assert.Contains(holder, new[] { one["instance"]!.GetValue<string>(), other["instance"]!.GetValue<string>() });
    }

    private async Task<System.Text.Json.Nodes.JsonNode> HealthAsync(RunningBot bot)
    {
        using var response = await http.GetAsync(new Uri($"{bot.BaseUrl}/health/ready"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.Nodes.JsonNode.Parse(body)!;
    }

    /// <summary>An event with a capacity a week from now, and people who consented; its id.</summary>
    private async Task<long> SeedEventWithPeopleAsync(int capacity, IReadOnlyList<long> people)
    {
        await using var store = await StoreServices.CreateAsync(database);
        return await store.InScopeAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var members = people.Select(id => new Domain.Members.Member(Domain.Messaging.ChannelKind.Telegram, $"{id}", $"{id}", Domain.Members.Language.En, now)).ToList();
            members.ForEach(m => m.GiveConsent(now));
            db.Members.AddRange(members);
            await db.SaveChangesAsync();
            var meeting = Domain.Events.CityEvent.Publish("Youth council", now.AddDays(7), "Vienības iela 1", "…", capacity, members[0], now);
            db.Events.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }

    /// <summary>A member who answered Going two days ago to an event starting after <paramref name="startsIn"/>.</summary>
    private async Task SeedAnsweredEventAsync(long member, TimeSpan startsIn)
    {
        await using var store = await StoreServices.CreateAsync(database);
        await store.InScopeAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var person = new Domain.Members.Member(Domain.Messaging.ChannelKind.Telegram, $"{member}", $"{member}", Domain.Members.Language.En, now.AddDays(-3));
            person.GiveConsent(now.AddDays(-3));
            db.Members.Add(person);
            await db.SaveChangesAsync();
            var meeting = Domain.Events.CityEvent.Publish("Youth council", now + startsIn, "Vienības iela 1", "…", null, person, now.AddDays(-3));
            db.Events.Add(meeting);
            await db.SaveChangesAsync();
            db.Rsvps.Add(Domain.Events.Rsvp.Create(meeting.Id, person.Id, Domain.Events.RsvpAnswer.Going, false, now.AddDays(-2)));
            await db.SaveChangesAsync();
        });
    }

    private Task<RunningBot> StartAsync(params string[] settings) => RunningBot.StartTelegramAsync(
        api,
        database,
        null,
        [
            "--Telegram:Mode=Webhook",
            "--Telegram:WebhookUrl=https://bot.daugavpils.example/webhooks/telegram",
            $"--Telegram:WebhookSecret={Secret}",
            .. settings,
        ]);

    private async Task PostAsync(RunningBot bot, string update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{bot.BaseUrl}/webhooks/telegram") { Content = new StringContent(update, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static IEnumerable<string> Ticks(RunningBot bot) =>
        bot.Logs.Lines.Select(line => Tick().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value);

    [GeneratedRegex("Reminder tick scheduled for (\\S+)")]
    private static partial Regex Tick();
}
