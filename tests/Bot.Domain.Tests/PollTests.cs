using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Quick polls in the domain: the flow's checks, the one-vote rule on buttons and native answers, closing once. Coordinator "1".</summary>
public sealed class PollTests
{
    private static readonly PollTexts En = PollTexts.For(Language.En);
    private readonly ChatHarness chat = new();

    [Theory]
    [InlineData("Only one", "A poll needs at least 2 answers.")]
    [InlineData("A\nB\na", "Two answers are the same: each must be different.")]
    [InlineData("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11", "At most 10 answers.")]
    [InlineData("Park; park", "Two answers are the same: each must be different.")]
    public async Task TheAnswers_AreChecked_AndAskedAgainWithTheReason(string answers, string reason)
    {
        await StartAsync();

        var reply = Assert.Single(await chat.Say(answers, userId: "1"));

        Assert.StartsWith(reason, reply.Text, StringComparison.Ordinal);
        Assert.Null(chat.StoredConversations.Single().ReadDraft<PollDraft>().Options);
    }

    [Fact]
    public async Task AnswersOnOneLine_AreSeparatedBySemicolons()
    {
        await StartAsync();

        await chat.Say("Park; River ;Old town", userId: "1");

        Assert.Equal(["Park", "River", "Old town"], chat.StoredConversations.Single().ReadDraft<PollDraft>().Options);
    }

    [Fact]
    public async Task AnAnswerTooLong_OrAClosingTooFar_IsRefused()
    {
        await StartAsync();
        Assert.StartsWith(En.OptionTooLong(2, Poll.MaxOptionLength), (await chat.Say($"Short\n{new string('x', 101)}", userId: "1"))[0].Text, StringComparison.Ordinal);
        await chat.Say("Park\nRiver", userId: "1");
        await chat.Press("newpoll:to:all", userId: "1");

        var far = await chat.Say("01.03.2027 12:00", userId: "1");

        Assert.StartsWith(En.ClosingTooFar(NewPollFlow.MaxDays), far[0].Text, StringComparison.Ordinal);
        Assert.Empty(chat.Polls.All);
    }

    [Fact]
    public async Task Sending_StoresThePoll_AndStartsOneBroadcastWithTheNativePollAndTheButtons()
    {
        await StartAsync();
        await chat.Say("Park\nRiver\nOld town", userId: "1");
        await chat.Press("newpoll:to:all", userId: "1");
        var preview = await chat.Press("newpoll:days:7", userId: "1");
        var send = preview[^1].Payloads().Single(p => p.StartsWith("newpoll:send:", StringComparison.Ordinal));

        var replies = await chat.Press(send, userId: "1");
        await chat.Press(send, userId: "1");

        var poll = Assert.Single(chat.Polls.All);
        Assert.Equal(["Park", "River", "Old town"], poll.Options);
        Assert.Equal(chat.Clock.GetUtcNow().AddDays(7), poll.ClosesAt);
        var broadcast = Assert.Single(chat.Broadcasts.All);
        Assert.Equal((BroadcastKind.Poll, AudienceKind.AnnouncementSubscribers, 1L), (broadcast.Kind, broadcast.Audience, broadcast.SubjectId));
        var en = broadcast.ReadContent().ByLanguage[Language.En];
        Assert.Equal((1L, "Where should the benches go? (until 30 November, 12:00)"), (en.Poll!.PollId, en.Poll.Question));
        Assert.Equal(["Park", "River", "Old town"], en.Poll.Options);
        Assert.Equal(["poll:vote:1:0", "poll:vote:1:1", "poll:vote:1:2"], en.Buttons.SelectMany(r => r).Select(b => b.Payload));
        Assert.StartsWith(En.Queued(1, 3), replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneVotePerPerson_ChangedByAnotherPress_WithdrawnByUndo_AndForgedOnesRefused()
    {
        var poll = await OpenPollAsync();

        await chat.Press("poll:vote:1:0");
        await chat.Press("poll:vote:1:1");
        Assert.Equal(1, Assert.Single(chat.Polls.Votes).Option);
        Assert.Equal(Phrasebook.For(Language.En).StaleButton, (await chat.Press("poll:vote:1:7"))[0].Text);
        Assert.Equal(Phrasebook.For(Language.En).StaleButton, (await chat.Press("poll:vote:1:-1"))[0].Text);
        Assert.Equal(1, Assert.Single(chat.Polls.Votes).Option);

        Assert.Equal(En.Withdrawn, (await chat.Press("poll:undo:1"))[^1].Text);
        Assert.Empty(chat.Polls.Votes);
        Assert.Equal(En.NothingToWithdraw, Assert.Single(await chat.Press("poll:undo:1")).Text);
        Assert.True(poll.IsOpen);
    }

    [Fact]
    public async Task NativeAnswers_FollowTheSameRule_AndAWithdrawalIsAnEmptyAnswer()
    {
        await OpenPollAsync();

        Assert.Empty(await chat.Handle(Answer("42", 2)));
        Assert.Empty(await chat.Handle(Answer("42", 0)));
        Assert.Equal(0, Assert.Single(chat.Polls.Votes).Option);
        await chat.Handle(Answer("42"));
        Assert.Empty(chat.Polls.Votes);
        // Someone who never agreed to the notice (a forwarded poll): nothing is kept, no one is created.
        Assert.Empty(await chat.Handle(Answer("999", 1)));
        Assert.DoesNotContain(chat.StoredMembers, m => m.ExternalId == "999");
        Assert.Empty(chat.Polls.Votes);
    }

    [Fact]
    public async Task Closing_HappensOnce_TheResultsGoToTheVoters_AndLateVotesAreTurnedAway()
    {
        var poll = await OpenPollAsync();
        await chat.Press("poll:vote:1:1");
        var closing = new PollClosing(chat.Polls, chat.Broadcasts, chat.Members);

        var (closed, messages) = await closing.CloseDueAsync(poll.ClosesAt, default);
        var again = await closing.CloseDueAsync(poll.ClosesAt.AddMinutes(1), default);

        Assert.Equal((1, 0), (closed, again.Closed));
        var results = chat.Broadcasts.All.Single(b => b.Kind == BroadcastKind.PollResults);
        Assert.Equal((AudienceKind.PollVoters, 1L), (results.Audience, results.SubjectId));
        Assert.StartsWith("🗳 <b>Poll results</b>: Where should the benches go?\n1. Park — 0 (0%)\n2. River — 1 (100%)\n3. Old town — 0 (0%)\nIn all: 1 vote", results.ReadContent().ByLanguage[Language.En].Text, StringComparison.Ordinal);
        Assert.Equal("1", Assert.Single(messages).To.ChatId);
        Assert.Equal(En.Closed, (await chat.Press("poll:vote:1:0"))[^1].Text);
        Assert.Equal(1, Assert.Single(chat.Polls.Votes).Option);
    }

    [Fact]
    public async Task TheDigestsVoteOnAClosedPoll_SaysItIsClosed_AndLeavesTheDigestsButtons()
    {
        var poll = await OpenPollAsync();
        await new PollClosing(chat.Polls, chat.Broadcasts, chat.Members).CloseDueAsync(poll.ClosesAt, default);

        var fromDigest = await chat.Press(PollVoteButtons.ShowPayload(1));
        Assert.Equal(En.Closed, Assert.Single(fromDigest).Text);

        var fromCard = await chat.Press("poll:vote:1:0");
        Assert.Equal(("77", true), (fromCard[0].ReplacesMessageId, fromCard[0].ButtonsOnly));
        Assert.Empty(fromCard[0].Buttons);
    }

    [Fact]
    public async Task ResidentsCannotAskOrCloseOrExport()
    {
        await OpenPollAsync();

        Assert.Equal(Phrasebook.For(Language.En).CoordinatorsOnly, Assert.Single(await chat.Say("/newpoll")).Text);
        Assert.Equal(Phrasebook.For(Language.En).CoordinatorsOnly, Assert.Single(await chat.Say("/polls")).Text);
        Assert.Equal(Phrasebook.For(Language.En).CoordinatorsOnly, Assert.Single(await chat.Press("polls:close:1")).Text);
        Assert.Equal(Phrasebook.For(Language.En).CoordinatorsOnly, Assert.Single(await chat.Press("polls:csv:1")).Text);
        Assert.True(chat.Polls.All[0].IsOpen);
    }

    [Fact]
    public async Task TakingAVoteBackInOneCopy_LeavesTheVoteCastInAnother()
    {
        await OpenPollAsync();

        await chat.Handle(Answer("42", 1));
        await chat.Handle(Answer("42", [2], copy: "tg-1#digest"));
        await chat.Handle(Answer("42", [], copy: "tg-1"));

        Assert.Equal(2, Assert.Single(chat.Polls.Votes).Option);
        await chat.Handle(Answer("42", [], copy: "tg-1#digest"));
        Assert.Empty(chat.Polls.Votes);
    }

    [Fact]
    public async Task APollForAnEventsPeople_TakesNoVoteFromAnyoneElse()
    {
        await chat.Onboard(Language.En, "1");
        await chat.Onboard(Language.En, "42");
        await chat.Polls.AddAsync(Poll.Create("Pizza or soup?", ["Pizza", "Soup"], AudienceKind.EventAttendees, 5, chat.Clock.GetUtcNow().AddDays(1), null, chat.Clock.GetUtcNow()), default);

        Assert.Equal(En.NotForYou, (await chat.Press("poll:vote:1:0"))[^1].Text);
        Assert.Equal(En.NotForYou, Assert.Single(await chat.Handle(Answer("42", 1))).Text);
        Assert.Empty(chat.Polls.Votes);
    }

    [Fact]
    public async Task APollForEveryone_TakesNoVoteInAForwardedCopy_FromSomeoneItWasNotSentTo()
    {
        await OpenPollAsync();
        // 42 takes neither announcements nor the digest: the poll did not go to them.
        var member = chat.StoredMembers.Single(m => m.ExternalId == "42");
        member.Toggle(Members.Subscriptions.Announcements);
        member.Toggle(Members.Subscriptions.WeeklyDigest);

        Assert.Equal(En.NotSentToYou, Assert.Single(await chat.Handle(Answer("42", 1))).Text);
        Assert.Equal(En.NotSentToYou, (await chat.Press("poll:vote:1:0"))[^1].Text);
        Assert.Empty(chat.Polls.Votes);

        // Had it gone to their chat before they turned announcements off, their vote counts.
        chat.Polls.SentTo.Add((1, new Messaging.Recipient(member.Channel, member.ChatId)));
        Assert.Empty(await chat.Handle(Answer("42", 1)));
        Assert.Equal(1, Assert.Single(chat.Polls.Votes).Option);
    }

    [Fact]
    public async Task SomeoneNoLongerACoordinator_CannotFinishTheirPoll()
    {
        await StartAsync();
        await chat.Say("Park\nRiver", userId: "1");
        chat.Options.Coordinators = [];

        Assert.Equal(Phrasebook.For(Language.En).CoordinatorsOnly, Assert.Single(await chat.Press("newpoll:to:all", userId: "1")).Text);
        Assert.Empty(chat.StoredConversations);
        Assert.Empty(chat.Polls.All);
    }

    [Fact]
    public async Task TheCoordinatorWhoAskedAndVoted_HearsTheResultsOnce()
    {
        var poll = await OpenPollAsync();
        await chat.Press("poll:vote:1:0", userId: "1");

        var (_, messages) = await new PollClosing(chat.Polls, chat.Broadcasts, chat.Members).CloseDueAsync(poll.ClosesAt, default);

        Assert.Empty(messages);
        Assert.Single(chat.Broadcasts.All, b => b.Kind == BroadcastKind.PollResults);
    }

    [Theory]
    [InlineData("2027-03-26T12:00:00Z", 3, "2027-03-29T11:00:00Z")] // Friday 14:00 in Riga → Monday 14:00, summer time.
    [InlineData("2027-03-27T01:30:00Z", 1, "2027-03-28T01:00:00Z")] // Saturday 03:30 → Sunday 03:30 is skipped: 04:00.
    [InlineData("2027-10-29T12:00:00Z", 7, "2027-11-05T13:00:00Z")] // Friday 15:00 → the next Friday 15:00, winter time.
    public async Task TheQuickClosings_KeepTheCitysWallClock_AcrossAClockChange(string now, int days, string closes)
    {
        chat.Clock.SetUtcNow(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        await StartAsync();
        await chat.Say("Park\nRiver", userId: "1");
        await chat.Press("newpoll:to:all", userId: "1");

        await chat.Press($"newpoll:days:{days}", userId: "1");

        var draft = Assert.Single(chat.StoredConversations).ReadDraft<PollDraft>();
        Assert.Equal(DateTimeOffset.Parse(closes, System.Globalization.CultureInfo.InvariantCulture), draft.ClosesAt);
    }

    [Fact]
    public void ListBullets_AreTakenOff_ButAMinusStays()
    {
        Assert.Equal(["-10 %", "Park", "River", "Old town"], NewPollFlowOptions("-10 %\n- Park\n• River\n3. Old town"));
    }

    private static List<string> NewPollFlowOptions(string typed) =>
        typed.Split('\n').Select(line => (string)typeof(NewPollFlow).GetMethod("Unbulleted", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, [line])!).ToList();

    private static InboundMessage Answer(string userId, params int[] options) => Answer(userId, options, "tg-1");

    private static InboundMessage Answer(string userId, int[] options, string copy) => new()
    {
        Channel = ChannelKind.Telegram,
        ChatId = userId,
        UserId = userId,
        UpdateKey = Guid.NewGuid().ToString(),
        Kind = InboundKind.PollAnswer,
        PollAnswer = new PollAnswer(copy, options),
    };

    private async Task StartAsync()
    {
        await chat.Onboard(Language.En, "1");
        await chat.Onboard(Language.En, "42");
        await chat.Onboard(Language.Lv, "7");
        await chat.Say("/newpoll", userId: "1");
        await chat.Say("Where should the benches go?", userId: "1");
    }

    private async Task<Poll> OpenPollAsync()
    {
        await StartAsync();
        await chat.Say("Park\nRiver\nOld town", userId: "1");
        await chat.Press("newpoll:to:all", userId: "1");
        var preview = await chat.Press("newpoll:days:3", userId: "1");
        await chat.Press(preview[^1].Payloads().Single(p => p.StartsWith("newpoll:send:", StringComparison.Ordinal)), userId: "1");
        return chat.Polls.All.Single();
    }
}
