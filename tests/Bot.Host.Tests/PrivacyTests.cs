using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Jobs;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;
using GenYCity.Bot.Host.Delivery;

namespace GenYCity.Bot.Host.Tests;

/// <summary>/mydata and /forgetme on both channels, the retention job, flood control and groups, through the real host.</summary>
public abstract class PrivacySuite : BotTest
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    protected override bool UsesGraph => true;

    protected override IEnumerable<string> Settings =>
    [
        "--Bot:Coordinators:0=telegram:777",
        // A short window, so the flood test is heard again soon after its pause.
        "--Abuse:Window=00:00:03",
        .. MessengerChat,
    ];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    [Fact]
    public async Task MyData_OnTelegram_SendsEverythingStoredAsJson()
    {
        var anna = await OnboardAsync(3001, "en");
        var (published, _) = await SeedIdeasOfAsync("3001");
        await SupportAndAnswerAsync("3001", published);
        await Bot.InScopeAsync(async db =>
        {
            (await db.Members.SingleAsync(m => m.ExternalId == "3001")).Toggle(Subscriptions.WeeklyDigest);
            return await db.SaveChangesAsync();
        });

        anna.Says("/mydata");
        var document = await anna.NextAsync();

        Assert.Equal("sendDocument", document.Method);
        Assert.Equal("📦 Here is everything this bot keeps about you.", document.Text);
        var json = JsonNode.Parse(Assert.Single(document.Files).Value)!;
        Assert.Equal(("Telegram", "3001", "en", "Given"), (Str(json["member"]!["channel"]), Str(json["member"]!["accountId"]), Str(json["member"]!["language"]), Str(json["member"]!["consent"])));
        Assert.Equal("Anna", Str(json["member"]!["name"]));
        Assert.Equal((true, false, true), (json["member"]!["announcements"]!.GetValue<bool>(), json["member"]!["weeklyDigest"]!.GetValue<bool>(), json["member"]!["ideaNews"]?.GetValue<bool>()));
        Assert.Equal(["Parks pie upes", "Kino pagalmā"], json["ideas"]!.AsArray().Select(i => Str(i!["title"])));
        Assert.Single(json["supports"]!.AsArray());
        Assert.Equal((55.875, 26.536, "Krastmala"), (json["ideas"]![0]!["latitude"]!.GetValue<double>(), json["ideas"]![0]!["longitude"]!.GetValue<double>(), Str(json["ideas"]![0]!["place"])));
        Assert.True(Assert.Single(json["follows"]!.AsArray())!["bySupport"]!.GetValue<bool>());
        var vote = Assert.Single(json["poll_votes"]!.AsArray())!;
        Assert.Equal(("Kur likt soliņus?", "Pie upes"), (Str(vote["question"]), Str(vote["answer"])));
        Assert.Equal("Offensive", Str(Assert.Single(json["reports"]!.AsArray())!["reason"]));
        Assert.Equal("Going", Str(json["eventAnswers"]![0]!["answer"]));
        Assert.True(json.AsObject().ContainsKey("conversation"));
    }

    [Fact]
    public async Task ForgetMe_OnTelegram_ErasesThePerson_KeepsPublishedIdeasUnlinked_AndTheyCanStartAgain()
    {
        var anna = await OnboardAsync(3001, "lv");
        var (published, unpublished) = await SeedIdeasOfAsync("3001");
        var other = await SeedIdeaOfOtherAsync();
        await SupportAndAnswerAsync("3001", other);

        anna.Says("/mydata");
        var document = Database.ExportsFolder;
        await anna.NextAsync();
        Assert.Single(Directory.GetFiles(document, "mydata-*"));

        anna.Says("/forgetme");
        var confirm = await anna.NextAsync();
        Assert.Equal(["forget:yes", "forget:no"], confirm.Payloads);
        anna.Presses("forget:yes");
        var done = await anna.NextAsync();
        Assert.Equal("✅ Viss par tevi ir dzēsts. Ja gribi atgriezties, raksti /start.", done.Text);
        Assert.Empty(Directory.GetFiles(document, "mydata-*"));

        await Bot.InScopeAsync(async db =>
        {
            Assert.False(await db.Members.AnyAsync(m => m.ExternalId == "3001"));
            // The chat is left for half an hour in the record every instance's pump reads.
            Assert.True(await db.ErasedChats.AnyAsync(e => e.ChatId == "3001"));
            var kept = await db.Ideas.SingleAsync(i => i.Id == published);
            Assert.Null(kept.AuthorId);
            Assert.True(kept.IsPublic);
            Assert.False(await db.Ideas.AnyAsync(i => i.Id == unpublished));
            Assert.Equal(0, (await db.Ideas.SingleAsync(i => i.Id == other)).SupportCount);
            Assert.False(await db.IdeaSupports.AnyAsync());
            Assert.False(await db.IdeaFollows.AnyAsync());
            Assert.False(await db.PollVotes.AnyAsync());
            Assert.True(await db.Polls.AnyAsync());
            Assert.False(await db.Rsvps.AnyAsync());
            Assert.False(await db.Conversations.AnyAsync());
            return 0;
        });

        anna.Says("/start");
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], (await anna.NextAsync()).Payloads);
    }

    [Fact]
    public async Task ForgetMe_GivesTheirPlaceAtAFullEvent_ToTheFirstOnTheWaitingList()
    {
        var anna = await OnboardAsync(3001, "en");
        var bob = await OnboardAsync(3002, "ru");
        await Bot.InScopeAsync(async db =>
        {
            var (a, b) = (await db.Members.SingleAsync(m => m.ExternalId == "3001"), await db.Members.SingleAsync(m => m.ExternalId == "3002"));
            var meeting = CityEvent.Publish("Jauniešu dome", clock.GetUtcNow().AddDays(3), "Vienības iela 1", "…", 1, a, clock.GetUtcNow());
            db.Events.Add(meeting);
            await db.SaveChangesAsync();
            db.Rsvps.Add(Rsvp.Create(meeting.Id, a.Id, RsvpAnswer.Going, false, clock.GetUtcNow()));
            db.Rsvps.Add(Rsvp.Create(meeting.Id, b.Id, RsvpAnswer.Going, true, clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        anna.Says("/forgetme");
        await anna.NextAsync();
        anna.Presses("forget:yes");

        Assert.Contains("Jauniešu dome", (await bob.NextAsync()).Text, StringComparison.Ordinal);
        var place = await Bot.InScopeAsync(db => db.Rsvps.SingleAsync());
        Assert.Equal((RsvpAnswer.Going, false), (place.Answer, place.Waitlisted));
    }

    [Fact]
    public async Task ForgetMe_CanBeDeclined_AndChangesNothing()
    {
        var anna = await OnboardAsync(3001, "en");
        anna.Says("/forgetme");
        await anna.NextAsync();
        anna.Presses("forget:no");

        Assert.Equal("👍 Nothing was erased.", (await anna.NextAsync()).Text);
        Assert.True(await Bot.InScopeAsync(db => db.Members.AnyAsync(m => m.ExternalId == "3001")));
    }

    [Fact]
    public async Task MyDataAndForgetMe_WorkOnMessenger()
    {
        var webhook = $"{Bot.BaseUrl}/webhooks/messenger";
        var ilze = new MessengerUser(Graph, webhook, "psid-ilze");
        await ilze.PostsBack("/start");
        await ilze.Taps("lang:ru");
        await ilze.Taps("consent:yes");
        await ilze.NextAsync(c => c.Payloads.Contains("/idea"));

        await ilze.Says("/mydata");
        var upload = await ilze.NextAsync(c => c.Files.Count > 0);
        var json = JsonNode.Parse(upload.Files.Single().Value)!;
        Assert.Equal(("Messenger", "psid-ilze", "ru"), (Str(json["member"]!["channel"]), Str(json["member"]!["accountId"]), Str(json["member"]!["language"])));

        await ilze.Says("/forgetme");
        await ilze.NextAsync(c => c.Payloads.Contains("forget:yes"));
        await ilze.Taps("forget:yes");
        Assert.Equal("✅ Всё о тебе удалено. Захочешь вернуться — напиши /start.", (await ilze.NextAsync(c => c.Text?.StartsWith('✅') == true)).Text);
        Assert.False(await Bot.InScopeAsync(db => db.Members.AnyAsync(m => m.ExternalId == "psid-ilze")));
    }

    [Fact]
    public async Task TheRetentionJob_PurgesOldRecordsDraftsAndPeopleWhoNeverConsented_AndStatsKeepTheBroadcastCounts()
    {
        var coordinator = await OnboardAsync(777, "en");
        await Bot.InScopeAsync(async db =>
        {
            db.Broadcasts.Add(Announcements.ToSubscribers("Old news", clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Broadcasts.AnyAsync(b => b.Status == BroadcastStatus.Done)));
        // Someone who declined, and a draft left half-written.
        var stranger = new TelegramUser(Api, 3005, "en");
        stranger.Says("/start");
        await stranger.NextAsync();
        stranger.Presses("lang:en");
        await stranger.NextAsync(c => c.Payloads.Contains("consent:no"));
        stranger.Presses("consent:no");
        await stranger.NextAsync(c => c.Text?.StartsWith("You haven’t given consent", StringComparison.Ordinal) == true);
        coordinator.Says("/idea");
        await coordinator.NextAsync(c => c.Text?.StartsWith("💡", StringComparison.Ordinal) == true);
        // A dashboard sign-in link and an announcement's photo, which are kept no longer than the rest.
        await Bot.InScopeAsync(async db =>
        {
            var member = await db.Members.SingleAsync(m => m.ExternalId == "777");
            db.DashboardLinks.Add(Domain.Dashboard.DashboardLink.Issue(member, clock.GetUtcNow(), TimeSpan.FromMinutes(10)).Link);
            db.DashboardUploads.Add(Dashboard.DashboardUpload.Of(TestImages.Png, clock.GetUtcNow(), out _)!);
            // A budget project's photo, uploaded as long ago: kept while the project is.
            var projectPhoto = Dashboard.DashboardUpload.Of(TestImages.Picture(40, 30), clock.GetUtcNow(), out _)!;
            db.DashboardUploads.Add(projectPhoto);
            var budget = Domain.Budgets.Budget.Create(
                new Domain.Budgets.BudgetFields(new Domain.LocalizedText { En = "Budget" }, new Domain.LocalizedText(), 1000, clock.GetUtcNow().AddDays(40), clock.GetUtcNow().AddDays(50), Domain.Budgets.BudgetRuleKind.Knapsack, null, null),
                member.Id,
                clock.GetUtcNow());
            db.Add(budget);
            await db.SaveChangesAsync();
            db.Add(Domain.Budgets.BudgetProject.Create(
                budget.Id,
                new Domain.Budgets.ProjectFields(new Domain.LocalizedText { En = "Benches" }, new Domain.LocalizedText(), 500, null, new Photo(Dashboard.DashboardUpload.Address("https://bot.example", projectPhoto.Key), null)),
                null,
                clock.GetUtcNow()));
            // Where two native polls went: one closes now, one stays open for 60 days.
            var closed = Poll.Create("Old?", ["A", "B"], AudienceKind.AnnouncementSubscribers, null, clock.GetUtcNow().AddDays(1), member.Id, clock.GetUtcNow());
            var open = Poll.Create("Open?", ["A", "B"], AudienceKind.AnnouncementSubscribers, null, clock.GetUtcNow().AddDays(60), member.Id, clock.GetUtcNow());
            db.Polls.AddRange(closed, open);
            await db.SaveChangesAsync();
            closed.Close(clock.GetUtcNow());
            db.PollMessages.Add(new PollMessage("old-copy", closed.Id, clock.GetUtcNow()) { Channel = ChannelKind.Telegram, ChatId = "777", MessageId = "1" });
            db.PollMessages.Add(new PollMessage("open-copy", open.Id, clock.GetUtcNow()) { Channel = ChannelKind.Telegram, ChatId = "777", MessageId = "2" });
            return await db.SaveChangesAsync();
        });
        // Every message recorded as sent (at today's date) before the clock moves on.
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => Task.FromResult(db.Deliveries.All(d => d.CompletedAt != null))));
        var before = await Bot.InScopeAsync(db => Task.FromResult((db.ProcessedUpdates.Count(), db.Deliveries.Count(), db.Conversations.Count(), db.Members.Count())));
        Assert.True(before.Item1 > 0 && before.Item2 > 0);
        Assert.Equal((1, 2), (before.Item3, before.Item4));

        clock.Advance(TimeSpan.FromDays(31));
        await Bot.TriggerJobAsync(RetentionJob.Key);
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => Task.FromResult(!db.ProcessedUpdates.Any() && !db.Deliveries.Any())));
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => Task.FromResult(!db.Conversations.Any())));
        // The job's purges run one after another: the people who never consented go last.
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Members.CountAsync()) == 1);
        Assert.Equal(["777"], await Bot.InScopeAsync(db => db.Members.Select(m => m.ExternalId).ToListAsync()));
        // And after them the old sign-in links and announcement photos; a budget project's photo stays.
        await WaitUntilAsync(async () => !await Bot.InScopeAsync(db => db.DashboardLinks.AnyAsync()) && await Bot.InScopeAsync(db => db.DashboardUploads.CountAsync()) == 1);
        Assert.Equal(Dashboard.DashboardUpload.Of(TestImages.Picture(40, 30), clock.GetUtcNow(), out _)!.Key, (await Bot.InScopeAsync(db => db.DashboardUploads.SingleAsync())).Key);
        // And the copies of the poll closed a month ago; the open one's are still needed to stop it.
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.PollMessages.CountAsync()) == 1);
        Assert.Equal("open-copy", await Bot.InScopeAsync(db => db.PollMessages.Select(m => m.PlatformPollId).SingleAsync()));

        coordinator.Says("/stats");
        var stats = await coordinator.NextAsync(c => c.Text?.StartsWith("📊", StringComparison.Ordinal) == true);
        Assert.Matches(@"#1 announcement, .+: queued 1 · sent 1 · unreachable 0 · failed 0 · skipped 0", stats.Text);
    }

    [Fact]
    public async Task SomeoneFlooding_GetsOneWarning_AndIsIgnoredForAWhile()
    {
        var flood = new TelegramUser(Api, 3009, "en");
        for (var i = 0; i < 30; i++)
        {
            flood.Says($"spam {i}");
        }

        // The flooder is not heard any more; someone else's sentinel behind the thirty shows they were all handled.
        await new TelegramUser(Api, 3019, "en").SentinelAsync();
        await Bot.OutboxDrainedAsync();
        var answers = Api.Calls.Where(c => c.ChatId == "3009" && c.Method == "sendMessage").ToList();
        Assert.Single(answers, c => c.Text == "🐢 Slow down, please! You are writing very fast, so I will not read your messages for a little while.");
        // Twenty handled (each gets its answer, onboarding here: the choice of language), one warning, the rest ignored.
        Assert.Equal(20, answers.Count(c => c.Payloads.SequenceEqual(["lang:lv", "lang:ru", "lang:en"])));
        Assert.Equal(21, answers.Count);
        Assert.Equal(21, await Bot.InScopeAsync(db => db.ProcessedUpdates.CountAsync(u => u.Key.StartsWith("telegram:message:3009:"))));

        // After the pause (the clock moves past the mute and the window), the person is heard again.
        clock.Advance(TimeSpan.FromMinutes(2));
        flood.Says("/help");
        await flood.NextAsync(c => c.Text?.Contains("/idea", StringComparison.Ordinal) == true);

        // Flooding again after the pause is warned about again, once.
        for (var i = 0; i < 30; i++)
        {
            flood.Says($"again {i}");
        }

        await new TelegramUser(Api, 3019, "en").SentinelAsync();
        await Bot.OutboxDrainedAsync();
        Assert.Equal(2, Api.Calls.Count(c => c.ChatId == "3009" && c.Text?.StartsWith("🐢", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task InAGroup_OnlyCommandsAddressedToTheBot_AreAnswered_WithAPointerToThePrivateChat()
    {
        const long group = -1001234;
        Api.EnqueueUpdate(GroupMessage(group, 3010, "/help@genycity_test_bot"));
        var redirect = await Api.WaitForCallAsync(c => c.ChatId == group.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("👋 I don’t chat here. Write to me privately: tap my name, then Start.", redirect.Text);

        Api.EnqueueUpdate(GroupMessage(group, 3010, "/help@some_other_bot"));
        Api.EnqueueUpdate(GroupMessage(group, 3010, "Sveiki visiem!"));
        // A sentinel in a private chat, behind the two: once it is answered they were handled, and drained, sent.
        var sentinel = new TelegramUser(Api, 3011, "en");
        await sentinel.SentinelAsync();
        await Bot.OutboxDrainedAsync();
        Assert.Single(Api.Calls, c => c.ChatId == group.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([sentinel.ChatId], await Bot.InScopeAsync(db => db.Members.Select(m => m.ExternalId).ToListAsync()));
    }

    [Fact]
    public async Task AForgedMyDataButton_PressedInAGroup_PostsNothingPersonalThere()
    {
        const long group = -1001235;
        var anna = await OnboardAsync(3001, "en");

        anna.PressesInGroup(group, 5, "/mydata");

        var answer = await Api.WaitForCallAsync(c => c.ChatId == group.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("sendMessage", "👋 I don’t chat here. Write to me privately: tap my name, then Start."), (answer.Method, answer.Text));
        // Whatever the press wrote was written with its answer: drained, it has all gone.
        await Bot.OutboxDrainedAsync();
        Assert.DoesNotContain(Api.Calls, c => c.Method == "sendDocument");
    }

    [Fact]
    public async Task WhenTelegramCannotBeReached_TheFailuresAreLogged_WithoutTheToken()
    {
        var anna = await OnboardAsync(3001, "en");
        await Api.DisposeAsync();
        await Bot.InScopeAsync(async db =>
        {
            db.Deliveries.Add(OutboxRow.Create(new OutboundMessage(new Recipient(ChannelKind.Telegram, anna.ChatId), "Are you there?"), clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        await WaitUntilAsync(() => Task.FromResult(
            Bot.Logs.Lines.Any(l => l.Contains("Polling Telegram failed", StringComparison.Ordinal))
            && Bot.Logs.Lines.Any(l => l.Contains("Connection refused", StringComparison.Ordinal) || l.Contains("retry", StringComparison.OrdinalIgnoreCase))));
        // And the message was tried, and its failure written down (and logged).
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Deliveries.AnyAsync(d => d.Attempts > 0 && d.LastError != null)));

        // RunningBot checks every log line for every secret when it stops; here the check is spelled out.
        Assert.DoesNotContain(Bot.Logs.Lines, l => l.Contains(FakeBotApi.Token.Split(':')[1], StringComparison.Ordinal));
    }

    private static JsonObject GroupMessage(long group, long from, string text) => new()
    {
        ["message"] = new JsonObject
        {
            ["message_id"] = 10,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = group, ["type"] = "supergroup", ["title"] = "Jaunieši" },
            ["from"] = new JsonObject { ["id"] = from, ["is_bot"] = false, ["first_name"] = "Jānis", ["language_code"] = "en" },
            ["text"] = text,
        },
    };

    private Task<TelegramUser> OnboardAsync(long id, string language) => new TelegramUser(Api, id, language).OnboardAsync(language);

    /// <summary>One approved (published) idea and one waiting (unpublished), by the member, plus a conversation in progress.</summary>
    private Task<(long Published, long Unpublished)> SeedIdeasOfAsync(string externalId) => Bot.InScopeAsync(async db =>
    {
        var author = await db.Members.SingleAsync(m => m.ExternalId == externalId);
        var published = Idea.Submit(author, "Parks pie upes", "Zaļāka krastmala.", "environment", null, $"p{externalId}", clock.GetUtcNow())
            .At(Place.FromPoint(55.87472, 26.53611, "Krastmala"), null);
        published.MoveTo(IdeaStatus.Approved, "Labi", null, clock.GetUtcNow());
        var unpublished = Idea.Submit(author, "Kino pagalmā", "Vasarā.", "culture", null, $"u{externalId}", clock.GetUtcNow());
        db.Ideas.AddRange(published, unpublished);
        db.Conversations.Add(new GenYCity.Bot.Domain.Conversations.Conversation(author.Id, "idea", "title", "{}", clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return (published.Id, unpublished.Id);
    });

    private Task<long> SeedIdeaOfOtherAsync() => Bot.InScopeAsync(async db =>
    {
        var author = new Member(ChannelKind.Telegram, "4000", "4000", Language.Lv, clock.GetUtcNow());
        author.GiveConsent(clock.GetUtcNow());
        db.Members.Add(author);
        await db.SaveChangesAsync();
        var idea = Idea.Submit(author, "Velo celiņš", "Uz skolu.", "mobility", null, "o4000", clock.GetUtcNow());
        idea.MoveTo(IdeaStatus.Approved, null, null, clock.GetUtcNow());
        db.Ideas.Add(idea);
        await db.SaveChangesAsync();
        return idea.Id;
    });

    /// <summary>The member supports, follows and reports an idea (of someone else), votes in a poll and answers Going to an event.</summary>
    private Task<int> SupportAndAnswerAsync(string externalId, long ideaId) => Bot.InScopeAsync(async db =>
    {
        var member = await db.Members.SingleAsync(m => m.ExternalId == externalId);
        var idea = await db.Ideas.SingleAsync(i => i.Id == ideaId);
        db.IdeaSupports.Add(new IdeaSupport(idea.Id, member.Id, clock.GetUtcNow()));
        idea.AddSupport();
        db.IdeaReports.Add(new IdeaReport(idea.Id, member.Id, clock.GetUtcNow(), ReportReason.Offensive));
        idea.AddReport(threshold: 10);
        db.IdeaFollows.Add(new IdeaFollow(idea.Id, member.Id, clock.GetUtcNow(), BySupport: true));
        var poll = Poll.Create("Kur likt soliņus?", ["Parkā", "Pie upes"], AudienceKind.AnnouncementSubscribers, null, clock.GetUtcNow().AddDays(3), null, clock.GetUtcNow());
        db.Polls.Add(poll);
        await db.SaveChangesAsync();
        db.PollVotes.Add(new PollVote(poll.Id, member.Id, 1, clock.GetUtcNow()));
        var meeting = CityEvent.Publish("Jauniešu dome", clock.GetUtcNow().AddDays(3), "Vienības iela 1", "…", null, member, clock.GetUtcNow());
        db.Events.Add(meeting);
        await db.SaveChangesAsync();
        db.Rsvps.Add(Rsvp.Create(meeting.Id, member.Id, RsvpAnswer.Going, false, clock.GetUtcNow()));
        return await db.SaveChangesAsync();
    });

    private static string? Str(JsonNode? node) => node?.GetValue<string>();

}

/// <summary>The suite on a SQLite file.</summary>
public sealed class PrivacyTests : PrivacySuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>The suite on PostgreSQL: /mydata, /forgetme and retention run their statements there too.</summary>
public sealed class PrivacyOnPostgresTests : PrivacySuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
