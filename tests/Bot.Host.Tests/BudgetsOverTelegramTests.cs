using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Budgets;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A participatory budget end to end, on a fake clock (Tuesday 1 December 2026, noon in Riga): €50,000 to share
/// among five projects, within the money, at least 60% of it, at most four projects. It opens with an
/// announcement; 27 residents on Telegram in Latvian, Russian and English and 3 on Messenger vote, each refusal
/// said with its amount; one person's ten check-outs at once make one ballot; a choice survives a restart; the
/// closing job fires three times (on two instances on PostgreSQL) and the results go once to each voter and to
/// the follower of the idea on the ballot; the winners are the hand-worked ones.
/// </summary>
public abstract class BudgetsOverTelegramSuite : BotTest
{
    private const int TelegramVoters = 27;
    private const long Follower = 7100;
    private static readonly string[] MessengerPeople = ["m1", "m2", "m3"];
    private static readonly DateTimeOffset TuesdayNoon = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    // The projects, in the order they were added (their numbers 1 to 5), and what they cost.
    private const long Skatepark = 1, BikeLane = 2, StreetArt = 3, YouthCentre = 4, Benches = 5;
    private static readonly Dictionary<long, long> Costs = new() { [Skatepark] = 20_000, [BikeLane] = 15_000, [StreetArt] = 5_000, [YouthCentre] = 30_000, [Benches] = 3_000 };

    // Four kinds of ballot, each within the rule (from €30,000 to €50,000, at most four projects):
    //   A  Youth centre + Bike lane + Benches             €48,000   voters 1–10
    //   B  Skatepark + Bike lane + Street art              €40,000   voters 11–18
    //   C  Youth centre + Skatepark                        €50,000   voters 19–24
    //   D  Skatepark + Street art + Benches + Bike lane    €43,000   voters 25–30 (the last three on Messenger)
    private static readonly long[] A = [YouthCentre, BikeLane, Benches], B = [Skatepark, BikeLane, StreetArt], C = [YouthCentre, Skatepark], D = [Skatepark, StreetArt, Benches, BikeLane];

    // Worked by hand. Votes: Bike lane 10+8+6 = 24, Skatepark 8+6+6 = 20, Youth centre 10+6 = 16, Benches 10+6 = 16,
    // Street art 8+6 = 14. Down the ranking with €50,000: Bike lane (€15,000) funded, €35,000 left; Skatepark
    // (€20,000) funded, €15,000 left; Youth centre and Benches tie on 16, the cheaper first: Benches (€3,000) funded,
    // €12,000 left; Youth centre (€30,000) no longer fits, passed over; Street art (€5,000) still fits, funded,
    // €7,000 left. Funded: €43,000.
    private static readonly Dictionary<long, int> ExpectedVotes = new() { [BikeLane] = 24, [Skatepark] = 20, [YouthCentre] = 16, [Benches] = 16, [StreetArt] = 14 };

    private readonly FakeTimeProvider clock = new(TuesdayNoon);
    private long budgetId;

    private string WebhookUrl => $"{Bot.BaseUrl}/webhooks/messenger";

    protected override bool UsesGraph => true;

    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", .. MessengerChat];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    /// <summary>Whether the concurrent check-outs and the closing run on a second instance as well (PostgreSQL).</summary>
    protected virtual bool TwoInstances => false;

    protected override async Task ArrangeAsync()
    {
        await new TelegramUser(Api, 777, languageCode: "lv").OnboardAsync("lv");
        budgetId = await Bot.InScopeAsync(async db =>
        {
            var at = TuesdayNoon.AddDays(-10);
            for (var i = 0; i < TelegramVoters; i++)
            {
                var id = (6001 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var member = new Member(ChannelKind.Telegram, id, id, (i % 3) switch { 0 => Language.Lv, 1 => Language.Ru, _ => Language.En }, at);
                member.GiveConsent(at);
                db.Members.Add(member);
            }

            foreach (var psid in MessengerPeople)
            {
                var member = new Member(ChannelKind.Messenger, psid, psid, Language.En, TuesdayNoon.AddHours(-1));
                member.GiveConsent(TuesdayNoon.AddHours(-1));
                db.Members.Add(member);
            }

            // A resident's approved idea, followed by someone who does not vote: it becomes the bike lane.
            var author = new Member(ChannelKind.Telegram, "7000", "7000", Language.Lv, at);
            author.GiveConsent(at);
            var follower = new Member(ChannelKind.Telegram, Follower.ToString(System.Globalization.CultureInfo.InvariantCulture), Follower.ToString(System.Globalization.CultureInfo.InvariantCulture), Language.Ru, at);
            follower.GiveConsent(at);
            db.Members.AddRange(author, follower);
            await db.SaveChangesAsync();
            var idea = Idea.Submit(author, "Veloceliņš gar Daugavu", "Droša velojosla no centra līdz upei.", "transport", null, "idea-1", at);
            idea.MoveTo(IdeaStatus.Approved, null, null, at);
            db.Ideas.Add(idea);
            await db.SaveChangesAsync();
            db.IdeaFollows.Add(new IdeaFollow(idea.Id, follower.Id, at, BySupport: false));

            var budget = Budget.Create(
                new BudgetFields(
                    new LocalizedText { Lv = "Jauniešu budžets 2027", Ru = "Молодёжный бюджет 2027", En = "Youth budget 2027" },
                    new LocalizedText { Lv = "Izvēlies, ko pilsēta dara nākamgad.", En = "Choose what the city does next year." },
                    50_000, TuesdayNoon.AddHours(1), TuesdayNoon.AddDays(3), BudgetRuleKind.Knapsack, 60, 4),
                null,
                TuesdayNoon);
            db.Add(budget);
            await db.SaveChangesAsync();
            string[] titles = ["Skeitparks", "Veloceliņš", "Ielu māksla", "Jauniešu centrs", "Soliņi"];
            for (var i = 0; i < titles.Length; i++)
            {
                db.Add(BudgetProject.Create(budget.Id, new ProjectFields(new LocalizedText { Lv = titles[i] }, new LocalizedText { Lv = $"Projekts {titles[i]}." }, Costs[i + 1], null), i + 1 == BikeLane ? idea.Id : null, TuesdayNoon));
            }

            await db.SaveChangesAsync();
            return budget.Id;
        });
    }

    [Fact]
    public async Task ThirtyResidentsVote_RefusalsSayWhy_OneBallotEach_AndTheResultsGoOnce()
    {
        var t = BudgetTexts.For(Language.Lv);
        var first = new TelegramUser(Api, 6001);

        // Before it opens, /budget says when it does.
        first.Says("/budget");
        Assert.Contains(t.NextOpens("Jauniešu budžets 2027", Moment(TuesdayNoon.AddHours(1))), (await first.NextAsync()).Text, StringComparison.Ordinal);

        // It opens: the job announces it once, to everyone who takes announcements, with Vote.
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await Bot.TriggerJobAsync(BudgetClosingJob.Key);
        await Bot.TriggerJobAsync(BudgetClosingJob.Key);
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Broadcasts.AnyAsync(b => b.Kind == BudgetBroadcasts.Opened && b.Status == BroadcastStatus.Done)));
        Assert.Equal(1, await Bot.InScopeAsync(db => db.Broadcasts.CountAsync(b => b.Kind == BudgetBroadcasts.Opened)));
        var opening = await first.NextAsync(c => c.Payloads.Contains(BudgetButtons.OpenPayload(budgetId)));
        Assert.StartsWith("<b>🗳 Jauniešu budžets 2027</b>", opening.Text, StringComparison.Ordinal);
        Assert.Contains(BudgetCards.Rule(await BudgetAsync(), t), opening.Text, StringComparison.Ordinal);
        var m1 = new MessengerUser(Graph, WebhookUrl, "m1");
        var announced = await m1.NextAsync(c => c.Payloads.Contains(BudgetButtons.OpenPayload(budgetId)));
        Assert.Contains("Choose the projects you would fund: together they must cost from €30,000 to €50,000.", announced.Text, StringComparison.Ordinal);

        // Over the budget: the card says by how much and offers no Vote; a Vote pressed all the same is refused with the amount.
        first.Presses(BudgetButtons.OpenPayload(budgetId));
        var card = await first.NextAsync(c => c.Payloads.Contains(Add(YouthCentre)));
        Assert.Contains(t.ChosenLeft(0, t.Money(0), t.Money(50_000), t.Money(50_000)), card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(VotePayload, card.Payloads);
        foreach (var project in new[] { YouthCentre, BikeLane, Skatepark })
        {
            first.PressesOn(card.MessageId!.Value, Add(project));
        }

        var over = await first.NextAsync(c => c.Text?.Contains(t.OverBy(t.Money(15_000)), StringComparison.Ordinal) == true);
        Assert.Contains(t.ChosenOver(3, t.Money(65_000), t.Money(50_000)), over.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(VotePayload, over.Payloads);
        first.PressesOn(card.MessageId!.Value, VotePayload);
        Assert.Equal(t.NotYet(t.OverBy(t.Money(15_000))), (await first.NextAsync(c => c.Method == "sendMessage" && c.Text?.StartsWith(t.NotYet(string.Empty).TrimEnd(), StringComparison.Ordinal) == true)).Text);
        first.PressesOn(card.MessageId!.Value, Remove(Skatepark));
        first.PressesOn(card.MessageId!.Value, Add(Benches));
        var ready = await first.NextAsync(c => c.Text?.Contains(t.ChosenLeft(3, t.Money(48_000), t.Money(50_000), t.Money(2_000)), StringComparison.Ordinal) == true);
        Assert.Contains(VotePayload, ready.Payloads);
        first.Presses(VotePayload);
        Assert.StartsWith("✅", (await first.NextAsync(c => c.Text?.Contains(t.Money(48_000), StringComparison.Ordinal) == true && c.Method == "sendMessage")).Text, StringComparison.Ordinal);

        // Under the minimum: refused, with the minimum.
        var second = new TelegramUser(Api, 6002);
        var r = BudgetTexts.For(Language.Ru);
        var secondCard = await OpenAsync(second);
        second.PressesOn(secondCard, Add(Benches));
        await second.NextAsync(c => c.Text?.Contains(r.UnderMinimum(r.Money(30_000)), StringComparison.Ordinal) == true);
        second.PressesOn(secondCard, VotePayload);
        Assert.Equal(r.NotYet(r.UnderMinimum(r.Money(30_000))), (await second.NextAsync(c => c.Method == "sendMessage")).Text);
        await ChooseAndVoteAsync(second, secondCard, [YouthCentre, BikeLane]);

        // Withdrawn and cast again: it stops counting, and counts again.
        var third = new TelegramUser(Api, 6003);
        var thirdCard = await OpenAsync(third);
        await ChooseAndVoteAsync(third, thirdCard, A);
        await WaitUntilAsync(async () => await CastAsync() == 3);
        // While it is cast the choice cannot change: withdraw first.
        third.PressesOn(thirdCard, Add(Skatepark));
        Assert.Equal(BudgetTexts.For(Language.En).WithdrawToChange, (await third.NextAsync(c => c.Method == "sendMessage")).Text);
        third.Presses(WithdrawPayload);
        await third.NextAsync(c => c.Text?.StartsWith('↩') == true);
        Assert.Equal(2, await CastAsync());
        await third.NextAsync(c => c.Payloads.Contains(VotePayload));
        third.Presses(VotePayload);
        await third.NextAsync(c => c.Text?.StartsWith('✅') == true);
        Assert.Equal(3, await CastAsync());

        // A restart in the middle of choosing: the choice is kept.
        var fourth = new TelegramUser(Api, 6004);
        var fourthCard = await OpenAsync(fourth);
        fourth.PressesOn(fourthCard, Add(YouthCentre));
        fourth.PressesOn(fourthCard, Add(BikeLane));
        await fourth.NextAsync(c => c.Text?.Contains(t.ChosenLeft(2, t.Money(45_000), t.Money(50_000), t.Money(5_000)), StringComparison.Ordinal) == true);
        await RestartBotAsync();
        m1 = new MessengerUser(Graph, WebhookUrl, "m1");
        fourthCard = await OpenAsync(fourth);
        Assert.Contains(t.ChosenLeft(2, t.Money(45_000), t.Money(50_000), t.Money(5_000)), Api.Calls.Last(c => c.ChatId == fourth.ChatId && c.MessageId == fourthCard).Text, StringComparison.Ordinal);
        fourth.PressesOn(fourthCard, Add(Benches));
        fourth.PressesOn(fourthCard, VotePayload);
        await fourth.NextAsync(c => c.Text?.StartsWith('✅') == true);

        // The other Telegram voters, their presses sent without waiting.
        for (var i = 4; i < TelegramVoters; i++)
        {
            var voter = new TelegramUser(Api, 6001 + i);
            var at = await OpenAsync(voter);
            foreach (var project in BallotOf(i))
            {
                voter.PressesOn(at, Add(project));
            }

            voter.PressesOn(at, VotePayload);
        }

        // On Messenger: the card within its 13 quick replies and 20 characters; m1 presses Vote ten times at once.
        await using var other = TwoInstances ? await RunningBot.StartTelegramAsync(Api, Database, ConfigureServices, [.. Settings]) : null;
        string[] webhooks = other is null ? [WebhookUrl] : [WebhookUrl, $"{other.BaseUrl}/webhooks/messenger"];
        for (var i = 0; i < MessengerPeople.Length; i++)
        {
            var person = new MessengerUser(Graph, WebhookUrl, MessengerPeople[i]);
            await person.Says("/budget");
            var shown = await person.NextAsync(c => c.Payloads.Contains(Add(Skatepark)));
            Assert.InRange(shown.Payloads.Count, 1, 13);
            Assert.All(shown.Titles, title => Assert.True(title.Length <= 20, title));
            foreach (var project in D)
            {
                await person.Taps(Add(project));
                await person.NextAsync(c => c.Payloads.Contains(Remove(project)));
            }

            if (i == 0)
            {
                var taps = Enumerable.Range(0, 10).Select(n => new MessengerUser(Graph, webhooks[n % webhooks.Length], "m1").Taps(VotePayload)).ToList();
                Assert.All(await Task.WhenAll(taps), response => Assert.True(response.IsSuccessStatusCode));
                await WaitUntilAsync(() => Graph.Calls.Count(c => c.RecipientId == "m1" && c.Text?.StartsWith("✅ You", StringComparison.Ordinal) == true) == 10);
                var answers = Graph.Calls.Where(c => c.RecipientId == "m1" && c.Text?.StartsWith("✅ You", StringComparison.Ordinal) == true).Select(c => c.Text!).ToList();
                Assert.Single(answers, a => a.StartsWith("✅ Your vote is in: 4 projects, €43,000.", StringComparison.Ordinal));
                Assert.Equal(9, answers.Count(a => a.StartsWith("✅ You already voted", StringComparison.Ordinal)));
            }
            else
            {
                await person.Taps(VotePayload);
                await person.NextAsync(c => c.Text?.StartsWith("✅ Your vote is in", StringComparison.Ordinal) == true);
            }
        }

        // Thirty ballots, one each; the votes counted from them are the hand-worked ones.
        await WaitUntilAsync(async () => await CastAsync() == TelegramVoters + MessengerPeople.Length, "thirty ballots cast");
        Assert.Equal(TelegramVoters + MessengerPeople.Length, await Bot.InScopeAsync(db => db.Set<BudgetBallot>().CountAsync()));
        var counts = await Bot.InScopeAsync(db => db.Set<BudgetBallotLine>().GroupBy(l => l.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(ExpectedVotes.OrderBy(v => v.Key), counts.OrderBy(v => v.Key));

        // The closing: the Messenger voters wrote an hour before it, so the results reach them inside the 24 hours.
        clock.Advance(TuesdayNoon.AddDays(3) - clock.GetUtcNow() - TimeSpan.FromHours(1));
        foreach (var psid in MessengerPeople)
        {
            var person = new MessengerUser(Graph, WebhookUrl, psid);
            await person.Says("/digest");
            await person.NextAsync();
        }

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var beforeClosing = Api.Calls.Max(c => c.Sequence);
        // Three firings, at once, on both instances: on PostgreSQL the jobs' store is shared, so a firing may run on
        // either; the runs are counted wherever they ran.
        RunningBot[] instances = other is null ? [Bot] : [Bot, other];
        int Runs() => instances.Sum(i => i.Jobs.Finished.Count(run => run.Job.Equals(BudgetClosingJob.Key)));
        var runsBefore = Runs();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(async n =>
            await (await instances[n % instances.Length].Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler()).TriggerJob(BudgetClosingJob.Key)));
        await WaitUntilAsync(() => Runs() >= runsBefore + 3, "three runs of the closing job, on either instance");
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Broadcasts.AnyAsync(b => b.Kind == BudgetBroadcasts.Results && b.Status == BroadcastStatus.Done)));
        await Bot.OutboxDrainedAsync();
        Assert.Equal(1, await Bot.InScopeAsync(db => db.Broadcasts.CountAsync(b => b.Kind == BudgetBroadcasts.Results)));
        var results = Api.Calls.Where(c => c.Sequence > beforeClosing && c.IsDelivered && (c.Text ?? string.Empty).StartsWith("<b>🏆", StringComparison.Ordinal)).ToList();
        Assert.Equal(TelegramVoters + 1, results.Count);
        Assert.Equal(TelegramVoters + 1, results.Select(c => c.ChatId).Distinct().Count());
        Assert.Contains(results, c => c.ChatId == Follower.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var psid in MessengerPeople)
        {
            Assert.Single(Graph.Calls, c => c.RecipientId == psid && c.Text?.StartsWith("🏆 Results", StringComparison.Ordinal) == true);
        }

        // Every project in the order of the ranking, the funded ones marked, the passed-over one not; and the tie rule said.
        var latvian = results.First(c => c.ChatId == "6001").Text!;
        var lines = latvian.Split('\n');
        Assert.Equal(
            ["✅ Veloceliņš", "✅ Skeitparks", "✅ Soliņi", "▫️ Jauniešu centrs", "✅ Ielu māksla"],
            lines.Where(l => l.StartsWith("✅ ", StringComparison.Ordinal) || l.StartsWith("▫️ ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList());
        Assert.Contains(t.TieRule, latvian, StringComparison.Ordinal);
        Assert.Contains(t.ResultsSpent(t.Money(43_000), t.Money(50_000)), latvian, StringComparison.Ordinal);

        // A vote after the closing changes nothing and is told so; /results begins with the budget's results.
        first.Presses(VotePayload);
        Assert.Equal(t.VoteClosed, (await first.NextAsync(c => c.Sequence > beforeClosing && c.Text == t.VoteClosed)).Text);
        first.Says("/results");
        Assert.StartsWith("<b>🏆", (await first.NextAsync(c => c.Sequence > beforeClosing && c.Text?.Contains("Jauniešu budžets 2027", StringComparison.Ordinal) == true && c.Method == "sendMessage" && !c.Text.Contains(t.ThanksForVoting, StringComparison.Ordinal))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_ListsTheBallot_ForgetMe_DeletesOneInAnOpenVote_AndUnlinksOneInAClosedVote()
    {
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var (early, late) = (new TelegramUser(Api, 6003), new TelegramUser(Api, 6006));
        await ChooseAndVoteAsync(early, await OpenAsync(early), A);
        await ChooseAndVoteAsync(late, await OpenAsync(late), C);

        // Someone who chose but never cast: their choice goes with the closing.
        var undecided = new TelegramUser(Api, 6009);
        undecided.PressesOn(await OpenAsync(undecided), Add(Benches));
        await undecided.NextAsync(c => c.Text?.Contains("Soliņi", StringComparison.Ordinal) == true && c.Payloads.Contains(Remove(Benches)));

        early.Says("/mydata");
        var json = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single((await early.NextAsync(c => c.Method == "sendDocument")).Files).Value)!;
        var ballot = Assert.Single(json["budget_ballots"]!.AsArray())!;
        Assert.Equal(("Youth budget 2027", "Cast"), (ballot["budget"]!.GetValue<string>(), ballot["status"]!.GetValue<string>()));
        Assert.Equal(["Veloceliņš", "Jauniešu centrs", "Soliņi"], ballot["projects"]!.AsArray().Select(p => p!.GetValue<string>()));

        // While the vote is open, /forgetme deletes the ballot: it counts no more.
        await ForgetAsync(early);
        Assert.Equal(1, await CastAsync());
        // Left: the other voter's ballot and the undecided one's choice.
        Assert.Equal(2, await Bot.InScopeAsync(db => db.Set<BudgetBallot>().CountAsync()));

        // Once it has closed, the ballot stays in the published results, linked to no one.
        clock.Advance(TimeSpan.FromDays(3));
        await Bot.TriggerJobAsync(BudgetClosingJob.Key);
        await Bot.OutboxDrainedAsync();
        Assert.False(await Bot.InScopeAsync(db => db.Set<BudgetBallot>().AnyAsync(b => b.Status != BallotStatus.Cast)));
        await ForgetAsync(late);
        var kept = await Bot.InScopeAsync(db => db.Set<BudgetBallot>().SingleAsync());
        Assert.Equal((BallotStatus.Cast, (long?)null), (kept.Status, kept.MemberId));
        Assert.Equal(2, await Bot.InScopeAsync(db => db.Set<BudgetBallotLine>().CountAsync(l => l.BallotId == kept.Id)));
    }

    private static async Task ForgetAsync(TelegramUser person)
    {
        person.Says("/forgetme");
        await person.NextAsync(c => c.Payloads.Contains("forget:yes"));
        person.Presses("forget:yes");
        await person.NextAsync(c => c.Text?.StartsWith('✅') == true);
    }

    private string Add(long project) => $"bg:a:{budgetId}:{project}:1";

    private string Remove(long project) => $"bg:x:{budgetId}:{project}:1";

    private string VotePayload => $"bg:v:{budgetId}:1";

    private string WithdrawPayload => $"bg:w:{budgetId}:1";

    private static long[] BallotOf(int voter) => voter switch { < 10 => A, < 18 => B, < 24 => C, _ => D };

    private static Domain.Texts.LocalMoment Moment(DateTimeOffset instant) => new Domain.Events.EventTime(new BotOptions(), new FakeTimeProvider(TuesdayNoon)).Moment(instant);

    private Task<Budget> BudgetAsync() => Bot.InScopeAsync(db => db.Set<Budget>().SingleAsync(b => b.Id == budgetId));

    private Task<int> CastAsync() => Bot.InScopeAsync(db => db.Set<BudgetBallot>().CountAsync(b => b.BudgetId == budgetId && b.Status == BallotStatus.Cast));

    /// <summary>/budget, and the message id of the ballot it shows.</summary>
    private async Task<int> OpenAsync(TelegramUser voter)
    {
        voter.Says("/budget");
        return (await voter.NextAsync(c => c.Payloads.Contains(Add(Skatepark)))).MessageId!.Value;
    }

    private async Task ChooseAndVoteAsync(TelegramUser voter, int card, long[] projects)
    {
        foreach (var project in projects)
        {
            voter.PressesOn(card, Add(project));
        }

        voter.PressesOn(card, VotePayload);
        await voter.NextAsync(c => c.Text?.StartsWith('✅') == true);
        // Then the ballot as it stands, with Withdraw.
        await voter.NextAsync(c => c.Payloads.Contains(WithdrawPayload));
    }
}

public sealed class BudgetsOverTelegramTests : BudgetsOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class BudgetsOverTelegramOnPostgresTests : BudgetsOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override bool TwoInstances => true;
}
