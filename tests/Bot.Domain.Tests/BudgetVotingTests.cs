using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>
/// Voting on a participatory budget in chat, through the real engine: /budget, the ballot a page at a time, Add and
/// Remove with the running total, Vote once the rule is met (refused in words with the amount when not), one vote
/// each, Withdraw; presses checked against the budget as it is now; the opening and closing, once each; the digest.
/// Resident "42" writes in English; budget 1 "Budget 2027" (€50,000, knapsack) is open from yesterday for a week,
/// its projects 1 Benches €12,000, 2 Skate park €41,000, 3 Street lights €20,000. Now is 2026-11-23 10:00 UTC.
/// </summary>
public sealed class BudgetVotingTests
{
    private static readonly BudgetTexts En = BudgetTexts.For(Language.En);
    private readonly ChatHarness chat = new();

    private DateTimeOffset Now => chat.Clock.GetUtcNow();

    private EventTime Time => new(chat.Options, chat.Clock);

    [Fact]
    public async Task Budget_WhenNoneIsOpenOrComing_SaysNoBudgetIsOpen_WithTheMenu()
    {
        await chat.Onboard(Language.En);

        var reply = Assert.Single(await chat.Say("/budget"));

        Assert.Equal("🗳 No participatory budget is open for voting now.", reply.Text);
        Assert.Equal(En.NoBudget, reply.Text);
        Assert.NotEmpty(reply.Buttons);
    }

    [Fact]
    public async Task Budget_WhenOneIsUpcoming_SaysWhenItOpens()
    {
        await chat.Onboard(Language.En);
        var opens = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        await AddBudgetAsync(opens, opens.AddDays(14));

        var reply = Assert.Single(await chat.Say("/budget"));

        Assert.Equal(En.NextOpens("Budget 2027", Time.Moment(opens)), reply.Text);
        Assert.StartsWith("🗳 No vote is open now. The next participatory budget, “Budget 2027”, opens on ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1 December", reply.Text, StringComparison.Ordinal);
        Assert.Empty(chat.Budgets.Ballots);
    }

    [Fact]
    public async Task Budget_WhenOneIsOpen_ShowsTheBallotsFirstPage_WithTheRule_TheProjects_AndNothingChosen()
    {
        var budget = await OpenBudgetAsync();

        var reply = Assert.Single(await chat.Say("/budget"));

        Assert.StartsWith("<b>🗳 Budget 2027</b>\nWhat should the city build next year?\n\n", reply.Text, StringComparison.Ordinal);
        Assert.Contains(BudgetCards.Rule(budget, En), reply.Text, StringComparison.Ordinal);
        Assert.Contains("Choose the projects you would fund: together they may cost up to €50,000.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n<b>1. Benches</b> — €12,000\nAbout Benches\n\n<b>2. Skate park</b> — €41,000\n", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n\n<b>Chosen: 0 projects, €0 of €50,000 (€50,000 left)</b>\n" + En.ChooseFirst, reply.Text, StringComparison.Ordinal);
        Assert.Equal(["bg:a:1:1:1", "bg:m:1:1:1", "bg:a:1:2:1", "bg:m:1:2:1", "bg:a:1:3:1", "bg:m:1:3:1"], reply.Payloads());
        Assert.Equal(["➕ Add 1", "ℹ️ More on 1"], reply.Buttons[0].Select(b => b.Label));
        Assert.Empty(chat.Budgets.Ballots);
    }

    [Fact]
    public async Task PressingAdd_RedrawsTheBallot_WithTheRunningTotal_AndRemoveTakesItBack()
    {
        await OpenBudgetAsync();

        var added = Assert.Single(await chat.Press("bg:a:1:1:1"));

        Assert.Equal("77", added.ReplacesMessageId);
        Assert.Contains("✅ <b>1. Benches</b> — €12,000", added.Text, StringComparison.Ordinal);
        Assert.Contains("<b>Chosen: 1 project, €12,000 of €50,000 (€38,000 left)</b>\n" + En.ReadyToVote, added.Text, StringComparison.Ordinal);
        Assert.Equal(["bg:x:1:1:1", "bg:m:1:1:1", "bg:a:1:2:1", "bg:m:1:2:1", "bg:a:1:3:1", "bg:m:1:3:1", "bg:v:1:1"], added.Payloads());
        Assert.Equal([1L], await ChosenAsync());
        Assert.False(Assert.Single(chat.Budgets.Ballots).IsCast);

        // Pressed twice (two taps, or an old message): the project is on the ballot once.
        await chat.Press("bg:a:1:1:1");
        Assert.Equal([1L], await ChosenAsync());

        var removed = Assert.Single(await chat.Press("bg:x:1:1:1"));
        Assert.Contains("<b>Chosen: 0 projects, €0 of €50,000 (€50,000 left)</b>", removed.Text, StringComparison.Ordinal);
        Assert.Empty(await ChosenAsync());
    }

    [Fact]
    public async Task OverTheBudget_SaysByHowMuch_OffersNoVote_AndAVotePressIsRefused()
    {
        await OpenBudgetAsync();
        await chat.Press("bg:a:1:1:1");

        var over = Assert.Single(await chat.Press("bg:a:1:2:1"));

        Assert.EndsWith("<b>Chosen: 2 projects, €53,000 of €50,000</b>\nOver the budget by €3,000: remove a project to vote.", over.Text, StringComparison.Ordinal);
        Assert.EndsWith(En.OverBy(En.Money(3_000)), over.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(over.Payloads(), p => p.StartsWith("bg:v:", StringComparison.Ordinal));

        var vote = await chat.Press("bg:v:1:1");

        Assert.Equal("Your vote cannot be cast yet.\nOver the budget by €3,000: remove a project to vote.", vote[0].Text);
        Assert.False(Assert.Single(chat.Budgets.Ballots).IsCast);
        Assert.Equal(0, (await CountAsync()).Ballots);
    }

    [Fact]
    public async Task UnderTheMinimum_SaysTheMinimum_AndAVotePressIsRefused_UntilEnoughIsChosen()
    {
        await OpenBudgetAsync(minPercent: 50);

        var under = Assert.Single(await chat.Press("bg:a:1:1:1"));

        Assert.Contains(En.RuleKnapsackBetween(En.Money(25_000), En.Money(50_000)), under.Text, StringComparison.Ordinal);
        Assert.EndsWith("\nUnder the minimum of €25,000: add a project to vote.", under.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(under.Payloads(), p => p.StartsWith("bg:v:", StringComparison.Ordinal));
        Assert.Equal(En.NotYet(En.UnderMinimum(En.Money(25_000))), (await chat.Press("bg:v:1:1"))[0].Text);
        Assert.False(Assert.Single(chat.Budgets.Ballots).IsCast);

        var enough = Assert.Single(await chat.Press("bg:a:1:3:1"));
        Assert.Contains("<b>Chosen: 2 projects, €32,000 of €50,000 (€18,000 left)</b>", enough.Text, StringComparison.Ordinal);
        Assert.Contains("bg:v:1:1", enough.Payloads());
    }

    [Fact]
    public async Task AnApprovalBallot_CountsProjectsNotMoney_AndOneTooManyIsRefused()
    {
        await OpenBudgetAsync(rule: BudgetRuleKind.Approval, maxProjects: 2);
        Assert.Contains("Choose up to 2 projects you like best, whatever they cost. The city has €50,000 for the most voted ones.", Assert.Single(await chat.Say("/budget")).Text, StringComparison.Ordinal);
        await chat.Press("bg:a:1:2:1");

        // €61,000 between them, more than the €50,000: no matter under approval.
        var two = Assert.Single(await chat.Press("bg:a:1:3:1"));
        Assert.Contains("<b>Chosen: 2 projects of 2</b>\n" + En.ReadyToVote, two.Text, StringComparison.Ordinal);
        Assert.Contains("bg:v:1:1", two.Payloads());

        var three = Assert.Single(await chat.Press("bg:a:1:1:1"));
        Assert.EndsWith("<b>Chosen: 3 projects of 2</b>\nMore than 2 projects: remove one to vote.", three.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bg:v:1:1", three.Payloads());
        Assert.Equal(En.NotYet(En.TooMany(2)), (await chat.Press("bg:v:1:1"))[0].Text);

        await chat.Press("bg:x:1:1:1");
        await chat.Press("bg:v:1:1");
        Assert.Equal((1, 1, 1), ((await CountAsync()).Ballots, (await CountAsync()).ByProject[2], (await CountAsync()).ByProject[3]));
    }

    [Fact]
    public async Task Vote_IsCastOnce_ASecondVoteSaysSo_AndTheCountStays()
    {
        await OpenBudgetAsync();
        await chat.Press("bg:a:1:1:1");

        var voted = await chat.Press("bg:v:1:1");

        Assert.StartsWith("✅ Your vote is in: 1 project, €12,000. You can withdraw it and vote again until ", voted[0].Text, StringComparison.Ordinal);
        Assert.Equal(En.Voted(1, En.Money(12_000), Time.Moment(Now.AddDays(7))), voted[0].Text);
        Assert.Equal(("77", true), (voted[1].ReplacesMessageId, voted[1].ButtonsOnly));
        Assert.Empty(voted[1].Buttons);
        Assert.Contains(En.YouVoted(Time.Moment(Now)), voted[2].Text, StringComparison.Ordinal);
        Assert.Equal(["bg:m:1:1:1", "bg:m:1:2:1", "bg:m:1:3:1", "bg:w:1:1"], voted[2].Payloads());
        var counts = await CountAsync();
        Assert.Equal((1, 1), (counts.Ballots, counts.ByProject[1]));

        chat.Clock.Advance(TimeSpan.FromHours(1));
        var again = await chat.Press("bg:v:1:1");

        Assert.StartsWith("✅ You already voted, on ", again[0].Text, StringComparison.Ordinal);
        Assert.Equal(En.AlreadyVoted(Time.Moment(Now.AddHours(-1))), again[0].Text);
        counts = await CountAsync();
        Assert.Equal((1, 1), (counts.Ballots, counts.ByProject[1]));
        Assert.Single(chat.Budgets.Ballots);
    }

    [Fact]
    public async Task Withdraw_MakesTheVoteCountNoMore_AndKeepsTheChoiceToVoteAgain()
    {
        await OpenBudgetAsync();
        await chat.Press("bg:a:1:1:1");
        await chat.Press("bg:a:1:3:1");
        await chat.Press("bg:v:1:1");

        var withdrawn = await chat.Press("bg:w:1:1");

        Assert.StartsWith("↩ Your vote is withdrawn and no longer counts. Your choice is kept", withdrawn[0].Text, StringComparison.Ordinal);
        Assert.Equal(En.Withdrawn(Time.Moment(Now.AddDays(7))), withdrawn[0].Text);
        Assert.Equal((0, 0), ((await CountAsync()).Ballots, (await CountAsync()).ByProject.Count));
        Assert.Equal([1L, 3L], await ChosenAsync());
        Assert.Contains("<b>Chosen: 2 projects, €32,000 of €50,000 (€18,000 left)</b>", withdrawn[^1].Text, StringComparison.Ordinal);
        Assert.Contains("bg:v:1:1", withdrawn[^1].Payloads());
        Assert.Equal(En.NothingToWithdraw, (await chat.Press("bg:w:1:1"))[0].Text);

        await chat.Press("bg:v:1:1");
        Assert.Equal(1, (await CountAsync()).Ballots);
    }

    [Fact]
    public async Task AddOrRemove_WhileTheVoteIsIn_SaysToWithdrawFirst_AndChangesNothing()
    {
        await OpenBudgetAsync();
        await chat.Press("bg:a:1:1:1");
        await chat.Press("bg:v:1:1");

        var add = await chat.Press("bg:a:1:3:1");
        var remove = await chat.Press("bg:x:1:1:1");

        Assert.Equal("Your vote is in. To change your choice, withdraw your vote first.", add[0].Text);
        Assert.Equal(En.WithdrawToChange, remove[0].Text);
        Assert.Equal([1L], await ChosenAsync());
        Assert.True(Assert.Single(chat.Budgets.Ballots).IsCast);
        Assert.Equal(1, (await CountAsync()).ByProject[1]);
    }

    [Fact]
    public async Task APress_ForABudgetNotOpenYet_IsRefusedInWords()
    {
        await chat.Onboard(Language.En);
        var opens = Now.AddDays(2);
        var budget = await AddBudgetAsync(opens, opens.AddDays(7));
        await AddProjectAsync(budget, "Benches", 12_000);

        var reply = Assert.Single(await chat.Press("bg:a:1:1:1"));

        Assert.StartsWith("🗳 This vote opens on ", reply.Text, StringComparison.Ordinal);
        Assert.Equal(En.NotOpenYet(Time.Moment(opens)), reply.Text);
        Assert.Empty(chat.Budgets.Ballots);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APress_AfterTheClosingTime_IsRefusedInWords_WhetherOrNotTheClosingHasRun(bool closed)
    {
        var budget = await OpenBudgetAsync();
        await chat.Press("bg:a:1:1:1");
        chat.Clock.Advance(TimeSpan.FromDays(7));
        if (closed)
        {
            budget.Close(Now);
        }

        foreach (var payload in new[] { "bg:a:1:3:1", "bg:x:1:1:1", "bg:v:1:1", "bg:p:1:1" })
        {
            var reply = Assert.Single(await chat.Press(payload));
            Assert.Equal("🗳 This vote has closed: no more votes are taken. The results come soon, in /results.", reply.Text);
            Assert.Equal(En.VoteClosed, reply.Text);
        }

        Assert.Equal([1L], await ChosenAsync());
        Assert.False(Assert.Single(chat.Budgets.Ballots).IsCast);
    }

    [Theory]
    [InlineData("bg:a:1:4:1")] // project 4 is budget 2's
    [InlineData("bg:m:1:4:1")]
    [InlineData("bg:x:1:4:1")]
    [InlineData("bg:a:1:99:1")]
    [InlineData("bg:a:9:1:1")]
    [InlineData("bg:v:9:1")]
    [InlineData("bg:a:1:1")]
    [InlineData("bg:a:1:1:0")]
    [InlineData("bg:a:1:x:1")]
    [InlineData("bg:a:1:-1:1")]
    [InlineData("bg:v:1")]
    [InlineData("bg:zz:1:1")]
    [InlineData("bg")]
    public async Task AProjectOfAnotherBudget_OrAMadeUpPress_GetsTheStaleButtonAnswer(string payload)
    {
        await OpenBudgetAsync();
        var other = await AddBudgetAsync(Now.AddDays(-1), Now.AddDays(3), "Schools 2027");
        await AddProjectAsync(other, "Library", 5_000);

        var reply = Assert.Single(await chat.Press(payload));

        Assert.Equal(Phrasebook.For(Language.En).StaleButton, reply.Text);
        Assert.Empty(chat.Budgets.Ballots);
        Assert.Empty(chat.Budgets.Lines);
    }

    [Fact]
    public async Task SomeoneWhoHasNotConsented_IsAskedForConsentFirst_AndNothingIsKept()
    {
        await OpenBudgetAsync();
        await chat.Say("/start", "50");
        await chat.Press(LanguageButtons.PayloadFor(Language.En), "50");

        var pressed = Assert.Single(await chat.Press("bg:a:1:1:1", "50"));
        var typed = Assert.Single(await chat.Say("/budget", "50"));

        Assert.Equal([ConsentButtons.AcceptPayload, ConsentButtons.DeclinePayload, "/privacy"], pressed.Payloads());
        Assert.Equal([ConsentButtons.AcceptPayload, ConsentButtons.DeclinePayload, "/privacy"], typed.Payloads());
        Assert.Empty(chat.Budgets.Ballots);
    }

    [Fact]
    public async Task More_ShowsTheWholeProject_WithAddAndTheWayBackToItsPage()
    {
        await OpenBudgetAsync();

        var more = Assert.Single(await chat.Press("bg:m:1:3:1"));

        Assert.Equal("<b>3. Street lights</b> — €20,000\n\nAbout Street lights", more.Text);
        Assert.Null(more.ReplacesMessageId);
        Assert.Equal(["bg:a:1:3:1", "bg:p:1:1"], more.Payloads());
        Assert.Equal(["➕ Add 3", "◀ All projects"], more.Buttons[0].Select(b => b.Label));
    }

    [Fact]
    public async Task TwelveProjects_MakeThreePages_WithBackAndNext_AndNoMessageHasMoreThanMessengersThirteenButtons()
    {
        await chat.Onboard(Language.En);
        var budget = await AddBudgetAsync(Now.AddDays(-1), Now.AddDays(7));
        for (var i = 1; i <= 12; i++)
        {
            await AddProjectAsync(budget, $"Project {i}", 1_000);
        }

        var first = Assert.Single(await chat.Say("/budget"));
        Assert.Contains("Page 1 of 3", first.Text, StringComparison.Ordinal);
        Assert.Equal(["bg:p:1:2"], first.Buttons[^1].Select(b => b.Payload));
        Assert.Equal([Phrasebook.For(Language.En).Next], first.Buttons[^1].Select(b => b.Label));

        // A project chosen on every page, so each page also has Vote: the fullest each can be.
        var pages = new List<OutboundMessage> { Assert.Single(await chat.Press("bg:a:1:1:1")) };
        await chat.Press("bg:p:1:2");
        pages.Add(Assert.Single(await chat.Press("bg:a:1:6:2")));
        var third = Assert.Single(await chat.Press("bg:p:1:3"));
        pages.Add(Assert.Single(await chat.Press("bg:a:1:11:3")));

        Assert.Contains("<b>6. Project 6</b>", pages[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>5. Project 5</b>", pages[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>11. Project 11</b>", pages[1].Text, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 3", pages[1].Text, StringComparison.Ordinal);
        Assert.Equal(["bg:p:1:1", "bg:p:1:3"], pages[1].Buttons[^2].Select(b => b.Payload));
        Assert.Equal([Phrasebook.For(Language.En).Back, Phrasebook.For(Language.En).Next], pages[1].Buttons[^2].Select(b => b.Label));
        Assert.Equal(["bg:v:1:2"], pages[1].Buttons[^1].Select(b => b.Payload));
        Assert.Contains("<b>12. Project 12</b>", third.Text, StringComparison.Ordinal);
        Assert.Equal(["bg:p:1:2"], third.Buttons[^2].Select(b => b.Payload));
        Assert.Contains("<b>Chosen: 3 projects, €3,000 of €50,000 (€47,000 left)</b>", pages[2].Text, StringComparison.Ordinal);
        Assert.Equal([1L, 6L, 11L], await ChosenAsync());
        Assert.All(pages.Append(first).Append(third), page => Assert.InRange(page.Buttons.Sum(row => row.Count), 1, ChannelTraits.Messenger.MaxButtons));
        Assert.Equal(ChannelTraits.Messenger.MaxButtons, pages[1].Buttons.Sum(row => row.Count));
    }

    [Fact]
    public async Task TheClosingJob_AnnouncesAnOpenedBudgetOnce_AndClosesADueOneOnce_WithTheWinners()
    {
        await OpenBudgetAsync();
        await chat.Onboard(Language.En, "43");
        await chat.Onboard(Language.En, "44");
        var closing = new BudgetClosing(chat.Budgets, chat.Broadcasts, new BudgetCards(Time, chat.Options));

        Assert.Equal((1, 0), await closing.RunDueAsync(Now, default));
        Assert.Equal((0, 0), await closing.RunDueAsync(Now.AddMinutes(1), default));

        var opened = Assert.Single(chat.Broadcasts.All);
        Assert.Equal((BudgetBroadcasts.Opened, AudienceKind.AnnouncementSubscribers, 1L), (opened.Kind, opened.Audience, opened.SubjectId));
        var announcement = opened.ReadContent().ByLanguage[Language.En];
        Assert.StartsWith("<b>🗳 Budget 2027</b>\nWhat should the city build next year?\n\n", announcement.Text, StringComparison.Ordinal);
        Assert.EndsWith(": 3 projects to choose from.", announcement.Text, StringComparison.Ordinal);
        var vote = Assert.Single(announcement.Buttons.SelectMany(r => r));
        Assert.Equal(("🗳 Choose and vote", "bg:o:1:1"), (vote.Label, vote.Payload));

        // 42: Benches and Street lights; 43: Skate park; 44: Benches. 45 chooses Street lights but does not vote.
        await VoteAsync("42", 1, 3);
        await VoteAsync("43", 2);
        await VoteAsync("44", 1);
        await chat.Onboard(Language.En, "45");
        await chat.Press("bg:a:1:3:1", "45");
        var closes = Now.AddDays(7);

        Assert.Equal((0, 0), await closing.RunDueAsync(closes.AddSeconds(-1), default));
        Assert.Equal((0, 1), await closing.RunDueAsync(closes, default));
        Assert.Equal((0, 0), await closing.RunDueAsync(closes.AddMinutes(1), default));

        var results = Assert.Single(chat.Broadcasts.All, b => b.Kind == BudgetBroadcasts.Results);
        Assert.Equal((BudgetBroadcasts.VotersAndFollowers, 1L), (results.Audience, results.SubjectId));
        // Benches 2 votes; Street lights and Skate park 1 each, Street lights the cheaper: €12,000 + €20,000
        // leave €18,000, too little for Skate park.
        Assert.Equal(
            """
            <b>🏆 Results: Budget 2027</b>
            3 people voted. In order of votes, the projects that fit €50,000 are funded:
            ✅ Benches: 2 votes, €12,000
            ✅ Street lights: 1 vote, €20,000
            ▫️ Skate park: 1 vote, €41,000

            Funded: €32,000 of €50,000.
            Where votes are equal, the cheaper project comes first, then the one added earlier.

            Thank you for voting!
            """.ReplaceLineEndings("\n"),
            results.ReadContent().ByLanguage[Language.En].Text);
        Assert.Equal(BudgetStatus.Closed, chat.Budgets.All[0].Status);
        Assert.Equal(2, chat.Broadcasts.All.Count);
    }

    [Fact]
    public async Task TheDigest_HasASectionForAnOpenBudget_WithAVoteButton()
    {
        await OpenBudgetAsync();

        var digest = Assert.Single(await chat.Say("/digest"));

        Assert.Contains($"{En.DigestHeader}\n• {En.DigestOpen("Budget 2027", Time.Moment(Now.AddDays(7)))}", digest.Text, StringComparison.Ordinal);
        Assert.Contains("🗳 <b>Participatory budget</b>\n• “Budget 2027”: choose and vote until ", digest.Text, StringComparison.Ordinal);
        var vote = Assert.Single(digest.Buttons.SelectMany(r => r));
        Assert.Equal(("🗳 Vote: Budget 2027", BudgetButtons.OpenPayload(1)), (vote.Label, vote.Payload));
        Assert.Equal("bg:o:1:1", vote.Payload);

        // The ballot comes as a message of its own: the digest stays as it is, its other news with it.
        var ballot = Assert.Single(await chat.Press(vote.Payload));
        Assert.Contains("<b>Chosen: 0 projects, €0 of €50,000 (€50,000 left)</b>", ballot.Text, StringComparison.Ordinal);
        Assert.Null(ballot.ReplacesMessageId);
    }

    [Fact]
    public async Task TheDigestPart_NamesWhatABudgetClosedInThePeriodFunded_WithAResultsButton()
    {
        await OpenBudgetAsync();
        await VoteAsync("42", 1);
        var closes = Now.AddDays(7);
        await new BudgetClosing(chat.Budgets, chat.Broadcasts, new BudgetCards(Time, chat.Options)).RunDueAsync(closes, default);
        var asOf = closes.AddDays(2);

        var section = await new BudgetDigestPart(chat.Budgets, Time).GatherAsync(DigestPeriod.WeekEnding(asOf), asOf, default);

        var part = section!.Write(Language.En, 64);
        Assert.Equal("🗳 <b>Participatory budget</b>\n• “Budget 2027” has closed. Funded: Benches.", part.Text);
        var results = Assert.Single(part.Buttons.SelectMany(r => r));
        Assert.Equal(("🏆 Results: Budget 2027", "bg:r:1"), (results.Label, results.Payload));
        Assert.Null(await new BudgetDigestPart(chat.Budgets, Time).GatherAsync(DigestPeriod.WeekEnding(asOf.AddDays(14)), asOf.AddDays(14), default));
    }

    private async Task<Budget> OpenBudgetAsync(int? minPercent = null, BudgetRuleKind rule = BudgetRuleKind.Knapsack, int? maxProjects = null)
    {
        await chat.Onboard(Language.En);
        var budget = await AddBudgetAsync(Now.AddDays(-1), Now.AddDays(7), minPercent: minPercent, rule: rule, maxProjects: maxProjects);
        await AddProjectAsync(budget, "Benches", 12_000);
        await AddProjectAsync(budget, "Skate park", 41_000);
        await AddProjectAsync(budget, "Street lights", 20_000);
        return budget;
    }

    private async Task<Budget> AddBudgetAsync(
        DateTimeOffset opens, DateTimeOffset closes, string title = "Budget 2027", int? minPercent = null, BudgetRuleKind rule = BudgetRuleKind.Knapsack, int? maxProjects = null)
    {
        var fields = new BudgetFields(
            new LocalizedText { En = title }, new LocalizedText { En = "What should the city build next year?" }, 50_000, opens, closes, rule, minPercent, maxProjects);
        var budget = Budget.Create(fields, null, Now.AddDays(-10));
        await chat.Budgets.AddAsync(budget, default);
        return budget;
    }

    private async Task AddProjectAsync(Budget budget, string title, long cost) =>
        await chat.Budgets.AddProjectAsync(
            BudgetProject.Create(budget.Id, new ProjectFields(new LocalizedText { En = title }, new LocalizedText { En = $"About {title}" }, cost, null), null, Now.AddDays(-10)),
            default);

    /// <summary>Someone onboarded chooses projects of budget 1 on its first page and votes.</summary>
    private async Task VoteAsync(string userId, params long[] projects)
    {
        if (!chat.StoredMembers.Any(m => m.ExternalId == userId))
        {
            await chat.Onboard(Language.En, userId);
        }

        foreach (var project in projects)
        {
            await chat.Press($"bg:a:1:{project}:1", userId);
        }

        await chat.Press("bg:v:1:1", userId);
    }

    private async Task<IReadOnlyList<long>> ChosenAsync(string userId = "42")
    {
        var ballot = await chat.Budgets.FindBallotAsync(1, chat.Member(userId).Id, default);
        return ballot is null ? [] : await chat.Budgets.ChosenAsync(ballot.Id, default);
    }

    private Task<BudgetCounts> CountAsync() => chat.Budgets.CountAsync(1, default);
}
