using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests;

/// <summary>Two instances of the bot on one PostgreSQL database, as a city runs them on two machines behind a load balancer.</summary>
public sealed partial class PostgresClusterTests : FakeApiTests
{
    private const string Secret = "s3cret-webhook-token-1234";

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override bool TelegramByWebhook => true;

    [Fact]
    public async Task EachScheduledFire_RunsOnOneInstanceOnly()
    {
        string[] everySecond = ["--Events:ReminderCron=0/1 * * * * ?", "--Logging:LogLevel:GenYCity.Bot.Host.Events=Debug"];
        await using var first = await StartAsync(everySecond);
        await using var second = await StartAsync(everySecond);

        await Eventually.WaitUntilAsync(() => Ticks(first).Concat(Ticks(second)).Distinct().Count() >= 4, "four fire times, on either instance");

        // A fire run twice runs at its time on both; the latest may still be starting on the other.
        var fires = Ticks(first).Concat(Ticks(second)).ToList();
        var latest = fires.Max();
        var earlier = fires.Where(t => t < latest).ToList();
        Assert.True(earlier.Count >= 3, $"{earlier.Count} earlier fires");
        Assert.Equal(earlier.Count, earlier.Distinct().Count());
    }

    [Fact]
    public async Task FiresMissedWhileEveryInstanceWasDown_RunOnceWhenOneComesBack_NotOneByOne()
    {
        string[] everySecond = ["--Events:ReminderCron=0/1 * * * * ?", "--Logging:LogLevel:GenYCity.Bot.Host.Events=Debug"];
        var before = await StartAsync(everySecond);
        await Eventually.WaitUntilAsync(() => Ticks(before).Any());
        await before.DisposeAsync();

        // The downtime, written into the store rather than waited out: the fire it holds next is moved back, to a
        // whole second more than the misfire threshold (5 s) ago, as if every instance had been down since. Quartz
        // compares that time with now when the bot comes back, so it counts the fire missed rather than late.
        var back = DateTimeOffset.UtcNow;
        var firstMissed = await MoveNextFireAsync(Events.EventReminderJob.Key, to: WholeSecond(back - MisfireThreshold - TimeSpan.FromSeconds(2)));
        await using var after = await StartAsync(everySecond);

        // A regular fire after the restart: by then the missed ones are caught up, or replayed.
        await Eventually.WaitUntilAsync(() => Ticks(after).Any(t => t > back), "a regular fire after the restart");

        // The missed fires are caught up by one run, of the first of them; then the cron goes on from now. A replay
        // would run the fires between the first missed and the restart, one by one.
        var ticks = Ticks(after).ToList();
        var said = string.Join(", ", ticks.Select(t => t.ToString("O", CultureInfo.InvariantCulture)));
        Assert.Equal(firstMissed, ticks[0]);
        Assert.All(ticks.Skip(1), t => Assert.True(t > back, $"a missed fire was replayed: {said}"));
    }

    [Fact]
    public async Task AReminderDueWhileBothRun_IsSentOnce()
    {
        await SeedAnsweredEventAsync(member: 7101, startsIn: TimeSpan.FromHours(23));
        string[] everySecond = ["--Events:ReminderCron=0/1 * * * * ?"];
        await using var first = await StartAsync(everySecond);
        await using var second = await StartAsync(everySecond);

        await Eventually.WaitUntilAsync(() => Task.FromResult(Api.Calls.Any(c => c.ChatId == "7101" && c.Text?.StartsWith('⏰') == true)));
        // Two more fires, wherever they ran, have run to the end; what any of them wrote has gone when drained.
        var seen = DateTimeOffset.UtcNow;
        await Eventually.WaitUntilAsync(
            () => first.Jobs.Finished.Concat(second.Jobs.Finished).Count(run => run.Job.Equals(Events.EventReminderJob.Key) && run.ScheduledFireTime > seen) >= 2,
            "two reminder fires after the reminder was sent to have run");
        await first.OutboxDrainedAsync();

        Assert.Single(Api.Calls, c => c.ChatId == "7101" && c.Text?.StartsWith('⏰') == true);
    }

    [Fact]
    public async Task TwentyPeoplePressingGoingAtOnce_OnTwoInstances_TakeTheFivePlacesExactly()
    {
        var eventId = await SeedEventWithPeopleAsync(capacity: 5, people: Enumerable.Range(7200, 20).Select(i => (long)i).ToList());
        await using var first = await StartAsync();
        await using var second = await StartAsync();

        var presses = Enumerable.Range(0, 20).Select(i =>
            new TelegramUser(Api, 7200 + i, "en").PressesOn(1, $"rsvp:go:{eventId}").ToJsonString()).ToList();
        await Task.WhenAll(presses.Select((update, i) => PostAsync(i % 2 == 0 ? first : second, update)));

        await using var store = await StoreServices.CreateAsync(Database);
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

        // Every call was answered once its update was handled, by one instance or as a duplicate: drained, all has gone.
        await first.OutboxDrainedAsync();
        Assert.All(chats, chat => Assert.Single(Api.Calls, c => c.ChatId == chat.ToString(CultureInfo.InvariantCulture) && c.Method == "sendMessage"));
    }

    [Fact]
    public async Task FloodControl_CountsAPersonsMessagesAcrossTheInstances()
    {
        await using var first = await StartAsync("--Abuse:MaxMessages=10", "--Abuse:Window=00:01:00");
        await using var second = await StartAsync("--Abuse:MaxMessages=10", "--Abuse:Window=00:01:00");

        // Thirty messages from one person, half through each instance, some at the same moment.
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            PostAsync(i % 2 == 0 ? first : second, TelegramWebhookTests.Update(7001, $"spam {i}", updateId: 70_000 + i).ToJsonString())));

        // Every call was answered once its update was handled (or ignored): drained, every answer has gone.
        await first.OutboxDrainedAsync();
        var answers = Api.Calls.Where(c => c.ChatId == "7001" && c.Method == "sendMessage").ToList();
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

    private static async Task<System.Text.Json.Nodes.JsonNode> HealthAsync(RunningBot bot)
    {
        using var response = await Http.GetAsync(new Uri($"{bot.BaseUrl}/health/ready"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.Nodes.JsonNode.Parse(body)!;
    }

    /// <summary>An event with a capacity a week from now, and people who consented; its id.</summary>
    private async Task<long> SeedEventWithPeopleAsync(int capacity, IReadOnlyList<long> people)
    {
        await using var store = await StoreServices.CreateAsync(Database);
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
        await using var store = await StoreServices.CreateAsync(Database);
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
        Api,
        Database,
        null,
        [
            "--Telegram:Mode=Webhook",
            "--Telegram:WebhookUrl=https://bot.daugavpils.example/webhooks/telegram",
            $"--Telegram:WebhookSecret={Secret}",
            .. settings,
        ]);

    private static async Task PostAsync(RunningBot bot, string update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{bot.BaseUrl}/webhooks/telegram") { Content = new StringContent(update, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>When the job store will next fire the job's cron trigger (Quartz keeps it in ticks).</summary>
    /// <summary>Sets the time the store holds for the job's next fire (the store keeps UTC ticks), and returns it.</summary>
    private async Task<DateTimeOffset> MoveNextFireAsync(Quartz.JobKey job, DateTimeOffset to)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var update = new Npgsql.NpgsqlCommand(
            "UPDATE qrtz_triggers SET next_fire_time = @at WHERE trigger_name = @name AND trigger_group = @group", connection);
        update.Parameters.AddWithValue("at", to.UtcTicks);
        update.Parameters.AddWithValue("name", $"{job.Name}-tick");
        update.Parameters.AddWithValue("group", job.Group);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
        return to;
    }

    private static DateTimeOffset WholeSecond(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>How late a fire may be before the PostgreSQL job store counts it missed (JobsRegistration).</summary>
    private static readonly TimeSpan MisfireThreshold = TimeSpan.FromSeconds(5);

    /// <summary>The fire times of the reminder job's runs on this instance, in the order they started.</summary>
    private static IEnumerable<DateTimeOffset> Ticks(RunningBot bot) =>
        bot.Logs.Lines.Select(line => Tick().Match(line)).Where(m => m.Success).Select(m => DateTimeOffset.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex("Reminder tick scheduled for (\\S+)")]
    private static partial Regex Tick();
}
