using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Coordinator "1" (English) makes events; residents "42" (Latvian), "43" (Russian), "44" (English) answer. Now is 2026-11-23 10:00 UTC.</summary>
public sealed class EventTests
{
    private static readonly Phrasebook En = Phrasebook.For(Language.En);
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task NewEvent_TakesEachStep_AndPublishing_StartsABroadcastToSubscribersInEveryLanguage()
    {
        await Everyone();

        Assert.StartsWith("📅 New event.", Assert.Single(await chat.Say("/newevent", "1")).Text, StringComparison.Ordinal);
        Assert.StartsWith("When does it start?", Assert.Single(await chat.Say("Youth council", "1")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Where is it?", Assert.Single(await chat.Say("05.12.2026 18:00", "1")).Text, StringComparison.Ordinal);
        await chat.Say("Vienības iela 1, room 5", "1");
        Assert.Equal(["event:nolimit", "event:cancel"], Assert.Single(await chat.Say("Plan the summer festival together.", "1")).Payloads());
        var preview = Assert.Single(await chat.Say("40", "1"));
        Assert.Contains("📅 <b>Youth council</b>\n🕒 Saturday, 5 December, 18:00 (in 12 days)\n📍 Vienības iela 1, room 5\n👥 Capacity: 40", preview.Text, StringComparison.Ordinal);

        var replies = await chat.Press(preview.Payloads().First(), "1");

        var cityEvent = Assert.Single(chat.Events.All);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 16, 0, 0, TimeSpan.Zero), cityEvent.StartsAt);
        Assert.Equal(40, cityEvent.Capacity);
        Assert.Equal(En.EventPublished(1), replies[^1].Text);
        var broadcast = Assert.Single(chat.Broadcasts.All);
        Assert.Equal((BroadcastKind.EventPublished, AudienceKind.AnnouncementSubscribers, 1L), (broadcast.Kind, broadcast.Audience, broadcast.EventId));
        var content = broadcast.ReadContent();
        Assert.Contains("🕒 Sestdien, 5. decembrī, plkst. 18:00 (pēc 12 dienām)", content.ByLanguage[Language.Lv].Text, StringComparison.Ordinal);
        Assert.Contains("🕒 Суббота, 5 декабря, 18:00 (через 12 дней)", content.ByLanguage[Language.Ru].Text, StringComparison.Ordinal);
        Assert.Equal(["rsvp:go:1", "rsvp:maybe:1", "rsvp:no:1", "cal:1"], content.ByLanguage[Language.Ru].Buttons.SelectMany(r => r).Select(b => b.Payload));
        Assert.Equal("✅ Приду", content.ByLanguage[Language.Ru].Buttons[0][0].Label);
    }

    [Theory]
    [InlineData("2026-12-05 18:00", "2026-12-05T16:00Z")]
    [InlineData("5.12.2026 18:00", "2026-12-05T16:00Z")]
    [InlineData("2.12.2026 18.30", "2026-12-02T16:30Z")]
    [InlineData("02.12 18:30", "2026-12-02T16:30Z")]
    [InlineData("2.12. 18:30", "2026-12-02T16:30Z")]
    [InlineData("2026-12-02T18:30", "2026-12-02T16:30Z")]
    [InlineData("2/12/2026 18:30", "2026-12-02T16:30Z")]
    [InlineData("2.12.26, 18:30", "2026-12-02T16:30Z")]
    [InlineData("  02.12.2026   9:05 ", "2026-12-02T07:05Z")]
    // Without a year, a day that has gone by this year is next year's; 29 February in a leap year is read.
    [InlineData("20.11 18:00", "2027-11-20T16:00Z")]
    [InlineData("29.02.2028 18:00", "2028-02-29T16:00Z")]
    // Summer time: the same clock time is an hour less from UTC.
    [InlineData("15.06.2027 18:00", "2027-06-15T15:00Z")]
    public async Task DatesAsPeopleTypeThem_AreReadInTheCitysTimeZone(string typed, string expected)
    {
        await StartNewEvent();

        await chat.Say(typed, "1");

        Assert.Equal(nameof(EventStep.Place), chat.StoredConversations.Single().Step);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), chat.StoredConversations.Single().ReadDraft<EventDraft>().StartsAt);
    }

    [Theory]
    [InlineData("tomorrow evening", "I can’t read that date. Please write it like 28.11.2026 18:00.")]
    [InlineData("32.01.2027 18:00", "I can’t read that date. Please write it like 28.11.2026 18:00.")]
    [InlineData("05.13.2027 18:00", "I can’t read that date. Please write it like 28.11.2026 18:00.")]
    [InlineData("05.12.2026 24:00", "I can’t read that date. Please write it like 28.11.2026 18:00.")]
    // Digits of other scripts are digits to a regular expression's \d, but not to int.Parse.
    [InlineData("١٢.١٢.٢٠٢٧ ١٨:٠٠", "I can’t read that date. Please write it like 28.11.2026 18:00.")]
    [InlineData("１２.１２.２０２７ １８:００", "I can’t read that date. Please write it like 28.11.2026 18:00.")]
    [InlineData("31.02.2027 18:00", "There is no 31 February 2027. Please check the date.")]
    [InlineData("29.02.2027 18:00", "There is no 29 February 2027. Please check the date.")]
    [InlineData("31.04 18:00", "There is no 31 April 2027. Please check the date.")]
    [InlineData("05.12.2026", "Please add the time of day too, for example 18:00.")]
    [InlineData("23.11 09:00", "That time has already passed. Please give a future date and time.")]
    [InlineData("20.11.2026 18:00", "That time has already passed. Please give a future date and time.")]
    [InlineData("28.03.2027 03:30", "That time does not exist: the clocks go forward that night. Please give another.")]
    public async Task ADateThatCannotBeUsed_IsRefusedWithTheReason_AndAskedAgain(string typed, string reason)
    {
        await StartNewEvent();

        var reply = Assert.Single(await chat.Say(typed, "1"));

        Assert.StartsWith(reason + "\n\nWhen does it start?", reply.Text, StringComparison.Ordinal);
        Assert.Equal(nameof(EventStep.Start), chat.StoredConversations.Single().Step);
    }

    [Theory]
    [InlineData("lv", "2027. gada 31. februāra nav. Lūdzu, pārbaudi datumu.")]
    [InlineData("ru", "31 февраля 2027 года не бывает. Пожалуйста, проверь дату.")]
    public void NoSuchDate_IsNamedInEveryLanguage(string language, string expected) =>
        Assert.Equal(expected, Phrasebook.For(language).InputNoSuchDate(31, 2, 2027));

    [Theory]
    [InlineData("👍")]
    [InlineData(".")]
    [InlineData("!!! ???")]
    [InlineData("🎉🎉")]
    public async Task ATitleOfOnlyEmojiOrPunctuation_IsRefusedWithTheReason(string typed)
    {
        await chat.Onboard(Language.En, "1");
        await chat.Say("/newevent", "1");

        var reply = Assert.Single(await chat.Say(typed, "1"));

        Assert.StartsWith(En.InputTitleNeedsWords + "\n\n", reply.Text, StringComparison.Ordinal);
        Assert.Equal(nameof(EventStep.Title), chat.StoredConversations.Single().Step);
        Assert.StartsWith("When does it start?", Assert.Single(await chat.Say("5 🎉", "1")).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("twenty")]
    [InlineData("100001")]
    public async Task ACapacityThatIsNotAPositiveWholeNumber_IsRefused(string typed)
    {
        await StartNewEvent();
        await chat.Say("05.12.2026 18:00", "1");
        await chat.Say("Place", "1");
        await chat.Say("Description", "1");

        var reply = Assert.Single(await chat.Say(typed, "1"));

        Assert.StartsWith(En.InputBadNumber(100_000), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewEvent_IsForCoordinatorsOnly()
    {
        await Everyone();

        Assert.Equal(Phrasebook.For(Language.Lv).CoordinatorsOnly, Assert.Single(await chat.Say("/newevent", "42")).Text);
        Assert.Equal(Phrasebook.For(Language.Lv).CoordinatorsOnly, Assert.Single(await chat.Press("ev:cancel:1", "42")).Text);
    }

    [Fact]
    public async Task Publishing_CrossPostsToTheChannelAndThePage_WhenConfigured()
    {
        chat.CrossPosts = new CrossPostTargets("@genycity", "1234567890");
        await Everyone();

        var replies = await Publish("Youth council", "05.12.2026 18:00");

        var channel = replies.Single(m => m.To == new Recipient(ChannelKind.Telegram, "@genycity"));
        Assert.Contains("📅 <b>Youth council</b>\n🕒 Sestdien, 5. decembrī, plkst. 18:00", channel.Text, StringComparison.Ordinal);
        var link = Assert.Single(channel.Buttons.SelectMany(r => r));
        Assert.Equal((ButtonKind.StartLink, "event_1"), (link.Kind, link.Payload));
        Assert.Equal(new Recipient(ChannelKind.Telegram, "1"), channel.OnFailure!.To);
        var page = replies.Single(m => m.To.Channel == ChannelKind.FacebookPage);
        Assert.StartsWith("📅 Youth council\n", page.Text, StringComparison.Ordinal);
        Assert.Equal(DeliveryLane.Broadcast, page.Lane);
    }

    [Fact]
    public async Task Answers_AreRecorded_AndTheButtonsShowTheChoice()
    {
        await Everyone();
        await Publish("Youth council", "05.12.2026 18:00");

        var going = await chat.Press("rsvp:go:1", "43", sourceMessageId: "60");

        Assert.Equal("До встречи! ✅", going.To("43").Text);
        var redrawn = Assert.Single(going, m => m.ButtonsOnly);
        Assert.Equal("• ✅ Приду •", redrawn.Buttons[0][0].Label);
        await chat.Press("rsvp:maybe:1", "43");
        await chat.Press("rsvp:no:1", "44");
        Assert.Equal(new RsvpCounts(0, 1, 1, 0), await chat.Events.CountAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task PastTheCapacity_GoingWaitsInLine_AndMovesUpWhenSomeoneWithdraws()
    {
        await Everyone();
        await Publish("Workshop", "05.12.2026 18:00", capacity: "1");
        await chat.Press("rsvp:go:1", "42");

        var waiting = await chat.Press("rsvp:go:1", "44");
        Assert.Equal(En.RsvpWaitlisted(1), waiting.To("44").Text);
        Assert.Equal(new RsvpCounts(1, 0, 0, 1), await chat.Events.CountAsync(1, CancellationToken.None));

        var withdrawn = await chat.Press("rsvp:no:1", "42");

        Assert.Equal("🎉 A place opened up: you’re now going to “Workshop”!", withdrawn.To("44").Text);
        Assert.Equal(new RsvpCounts(1, 0, 1, 0), await chat.Events.CountAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task OnTheWaitingList_TheCardSaysSo_WithThePlaceInLine_AndEveryoneSeesTheEventIsFull()
    {
        await Everyone();
        await Publish("Workshop", "05.12.2026 18:00", capacity: "1");
        await chat.Press("rsvp:go:1", "42");
        await chat.Press("rsvp:go:1", "43");
        await chat.Press("rsvp:go:1", "44");

        var waiting = Assert.Single(await chat.Say("/events", "44"));
        Assert.Contains("👥 1 place · full · 2 waiting\n⏳ You’re on the waiting list: 2nd in line.", waiting.Text, StringComparison.Ordinal);
        Assert.Equal("⏳ 2nd in line", waiting.Buttons[0][0].Label);
        var holder = Assert.Single(await chat.Say("/events", "42"));
        Assert.Contains("👥 1 vieta · brīvu vietu nav · rindā: 2\n\n", holder.Text, StringComparison.Ordinal);
        Assert.Equal("• ✅ Nākšu •", holder.Buttons[0][0].Label);

        var again = await chat.Press("rsvp:go:1", "43");
        Assert.Equal(Phrasebook.For(Language.Ru).RsvpWaitlisted(1), again.To("43").Text);
        Assert.Equal("⏳ Ожидание: № 1", Assert.Single(again, m => m.ButtonsOnly).Buttons[0][0].Label);

        await chat.Press("rsvp:no:1", "42");
        var next = Assert.Single(await chat.Say("/events", "44"));
        Assert.Contains("⏳ You’re on the waiting list: 1st in line.", next.Text, StringComparison.Ordinal);
        var promoted = Assert.Single(await chat.Say("/events", "43"));
        Assert.Contains("👥 Мест: 1 · свободных мест нет · в списке ожидания: 1\n\n", promoted.Text, StringComparison.Ordinal);
        Assert.Equal("• ✅ Приду •", promoted.Buttons[0][0].Label);
    }

    [Fact]
    public async Task WithPlacesLeft_EveryoneSeesHowManyAreFree()
    {
        await Everyone();
        await Publish("Workshop", "05.12.2026 18:00", capacity: "3");
        await chat.Press("rsvp:go:1", "42");

        Assert.Contains("👥 3 places · 2 free\n", Assert.Single(await chat.Say("/events", "44")).Text, StringComparison.Ordinal);
        Assert.Contains("👥 3 vietas · brīvas: 2\n", Assert.Single(await chat.Say("/events", "42")).Text, StringComparison.Ordinal);
        Assert.Contains("👥 Мест: 3 · свободно: 2\n", Assert.Single(await chat.Say("/events", "43")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("⏳ ", Assert.Single(await chat.Say("/events", "42")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoIsComing_ListsPlacesThenTheLineInOrder_ByTheNamesThePlatformGave_ForCoordinatorsOnly()
    {
        chat.Names["42"] = "Anna Bērziņa (@anna)";
        chat.Names["44"] = "Boris <Admin>";
        await Everyone();
        await Publish("Workshop", "05.12.2026 18:00", capacity: "1");
        await chat.Press("rsvp:go:1", "44");
        chat.Clock.Advance(TimeSpan.FromMinutes(1));
        await chat.Press("rsvp:go:1", "43");
        chat.Clock.Advance(TimeSpan.FromMinutes(1));
        await chat.Press("rsvp:go:1", "42");

        var card = Assert.Single(await chat.Say("/events", "1"));
        Assert.Contains("ev:who:1", card.Payloads());
        var list = Assert.Single(await chat.Press("ev:who:1", "1")).Text;

        var russian = $"no name · ID {chat.Member("43").Id}";
        Assert.Equal($"<b>👥 Who’s coming to “Workshop”</b>\n\n✅ Going: 1\n1. Boris &lt;Admin&gt;\n\n⏳ Waiting list: 2\n1. {russian}\n2. Anna Bērziņa (@anna)", list);
        Assert.Equal(Phrasebook.For(Language.Lv).CoordinatorsOnly, Assert.Single(await chat.Press("ev:who:1", "42")).Text);
        Assert.DoesNotContain("ev:who:1", Assert.Single(await chat.Say("/events", "42")).Payloads());
    }

    [Fact]
    public async Task WhoIsComing_BeforeAnyAnswer_SaysNobodyYet_AndCountsThoseNotComing()
    {
        await Everyone();
        await Publish("Workshop", "05.12.2026 18:00");

        Assert.Equal("<b>👥 Who’s coming to “Workshop”</b>\nNobody has answered yet.", Assert.Single(await chat.Press("ev:who:1", "1")).Text);
        await chat.Press("rsvp:no:1", "42");
        await chat.Press("rsvp:maybe:1", "43");
        Assert.EndsWith("🤔 Maybe: 1\n1. no name · ID 3\n\n❌ Not going: 1", Assert.Single(await chat.Press("ev:who:1", "1")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answering_NeedsConsent_AndAStartLinkShowsTheEventFirst()
    {
        await Everyone();
        await Publish("Youth council", "05.12.2026 18:00");

        var opened = await chat.Say("/start event_1", "50", languageCode: "ru");
        Assert.Contains("<b>Youth council</b>", opened[0].Text, StringComparison.Ordinal);
        Assert.Contains("rsvp:go:1", opened[0].Payloads());
        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language", opened[1].Text);

        var pressed = Assert.Single(await chat.Press("rsvp:go:1", "50"));
        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language", pressed.Text);
        Assert.Empty(chat.Events.Rsvps);
    }

    [Fact]
    public async Task Events_ListsWhatIsComing_WithTheMembersAnswer_AndCountsForCoordinators()
    {
        await Everyone();
        await Publish("Later", "20.12.2026 18:00");
        await Publish("Sooner", "26.11.2026 18:00");
        await chat.Press("rsvp:maybe:2", "42");

        var resident = await chat.Say("/events", "42");
        Assert.Contains("<b>Sooner</b>\n🕒 Ceturtdien, 26. novembrī, plkst. 18:00 (pēc 3 dienām)", resident[0].Text, StringComparison.Ordinal);
        Assert.Equal("• 🤔 Varbūt •", resident[0].Buttons[0][1].Label);
        Assert.Contains("<b>Later</b>", resident[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ev:edit:2", resident[0].Payloads());

        var coordinator = await chat.Say("/events", "1");
        Assert.EndsWith("✅ 0 · 🤔 1 · ❌ 0 · ⏳ 0", coordinator[0].Text, StringComparison.Ordinal);
        Assert.Contains("ev:edit:2", coordinator[0].Payloads());
    }

    [Fact]
    public async Task Reminders_GoADayBeforeToGoingAndMaybe_AndAnHourBeforeToGoing_EachOnce()
    {
        await Everyone();
        await Publish("Youth council", "25.11.2026 18:00");
        await chat.Press("rsvp:go:1", "42");
        await chat.Press("rsvp:maybe:1", "43");
        await chat.Press("rsvp:no:1", "44");
        var due = new DueReminders(chat.Events, new EventTime(chat.Options, chat.Clock), chat.Clock);
        var startsAt = chat.Events.All[0].StartsAt;

        chat.Clock.SetUtcNow(startsAt - TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        Assert.Empty(await due.EnqueueAsync(CancellationToken.None));

        chat.Clock.SetUtcNow(startsAt - TimeSpan.FromHours(23));
        var day = await due.EnqueueAsync(CancellationToken.None);
        Assert.Equal(["42", "43"], day.Select(m => m.To.ChatId).Order());
        Assert.StartsWith("⏰ Atgādinājums: <b>Youth council</b> sākas rīt plkst. 18:00.", day.Single(m => m.To.ChatId == "42").Text, StringComparison.Ordinal);
        Assert.Empty(await due.EnqueueAsync(CancellationToken.None));

        chat.Clock.SetUtcNow(startsAt - TimeSpan.FromMinutes(50));
        var hour = await due.EnqueueAsync(CancellationToken.None);
        Assert.Equal(["42"], hour.Select(m => m.To.ChatId));
        Assert.StartsWith("⏰ Atgādinājums: <b>Youth council</b> sākas pēc 50 minūtēm.", hour[0].Text, StringComparison.Ordinal);
        Assert.Empty(await due.EnqueueAsync(CancellationToken.None));
        Assert.Equal(3, chat.Events.Reminders.Count);
    }

    [Fact]
    public async Task ALateRun_InsideTheLastHour_SendsOnlyTheHourReminder()
    {
        await Everyone();
        await Publish("Youth council", "25.11.2026 18:00");
        await chat.Press("rsvp:go:1", "42");
        var due = new DueReminders(chat.Events, new EventTime(chat.Options, chat.Clock), chat.Clock);

        chat.Clock.SetUtcNow(chat.Events.All[0].StartsAt - TimeSpan.FromMinutes(20));
        var sent = Assert.Single(await due.EnqueueAsync(CancellationToken.None));

        Assert.Equal(ReminderKind.HourBefore, Assert.Single(chat.Events.Reminders).Kind);
        Assert.Contains("pēc 20 minūtēm", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWhoAnsweredWithinTheLastDay_GetsNoDayReminder_ButGetsTheHourOne()
    {
        await Everyone();
        await Publish("Youth council", "25.11.2026 18:00");
        var startsAt = chat.Events.All[0].StartsAt;
        chat.Clock.SetUtcNow(startsAt - TimeSpan.FromHours(10));
        await chat.Press("rsvp:go:1", "42");
        var due = new DueReminders(chat.Events, new EventTime(chat.Options, chat.Clock), chat.Clock);

        Assert.Empty(await due.EnqueueAsync(CancellationToken.None));
        chat.Clock.SetUtcNow(startsAt - TimeSpan.FromMinutes(30));
        Assert.Single(await due.EnqueueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task EditingTheTime_TellsTheAttendees_AndArmsTheRemindersAgain()
    {
        await Everyone();
        await Publish("Youth council", "25.11.2026 18:00");
        await chat.Press("rsvp:go:1", "42");
        var due = new DueReminders(chat.Events, new EventTime(chat.Options, chat.Clock), chat.Clock);
        chat.Clock.SetUtcNow(chat.Events.All[0].StartsAt - TimeSpan.FromHours(23));
        Assert.Single(await due.EnqueueAsync(CancellationToken.None));

        // Edit asks what to change first: there is nothing to save yet.
        var choice = Assert.Single(await chat.Press("ev:edit:1", "1"));
        Assert.StartsWith("✏️ Editing event #1 “Youth council”.\nWhat would you like to change?", choice.Text, StringComparison.Ordinal);
        Assert.Contains("event:edit:start", choice.Payloads());
        var unchanged = Assert.Single(await chat.Press("event:edit:back", "1"), m => !m.ButtonsOnly);
        Assert.EndsWith(En.EventNothingChanged, unchanged.Text, StringComparison.Ordinal);
        Assert.Equal(["event:edit", "event:cancel"], unchanged.Payloads());

        await chat.Press("event:edit", "1");
        var asked = Assert.Single(await chat.Press("event:edit:start", "1"), m => !m.ButtonsOnly);
        Assert.StartsWith("Now: Wednesday, 25 November, 18:00\n\n", asked.Text, StringComparison.Ordinal);
        Assert.Equal(["event:keep", "event:cancel"], asked.Payloads());
        var again = Assert.Single(await chat.Say("26.11.2026 19:00", "1"));
        Assert.Contains("What changes:\n• Time: Wednesday, 25 November, 18:00 → Thursday, 26 November, 19:00\n\n" + En.EventSaveQuestion, again.Text, StringComparison.Ordinal);
        Assert.Equal("event:publish:" + chat.StoredConversations.Single().ReadDraft<EventDraft>().Key, again.Payloads().First());
        var saved = await chat.Press(again.Payloads().First(), "1");

        Assert.Equal(En.EventSaved(1), saved[^1].Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero), chat.Events.All[0].StartsAt);
        var changed = chat.Broadcasts.All[^1];
        Assert.Equal((BroadcastKind.EventChanged, AudienceKind.EventAttendees), (changed.Kind, changed.Audience));
        Assert.StartsWith(
            "✏️ Pasākumā, uz kuru atbildēji, ir izmaiņas:\n• Laiks: trešdien, 25. novembrī, plkst. 18:00 → ceturtdien, 26. novembrī, plkst. 19:00\n\n📅 <b>Youth council</b>",
            changed.ReadContent().ByLanguage[Language.Lv].Text,
            StringComparison.Ordinal);

        chat.Clock.SetUtcNow(chat.Events.All[0].StartsAt - TimeSpan.FromHours(23));
        Assert.Single(await due.EnqueueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task KeepingTheEvent_SaysSo_AndAnEventThatIsGone_LeadsBackToTheMenu()
    {
        await Everyone();
        await Publish("Youth council", "05.12.2026 18:00");
        await chat.Press("ev:cancel:1", "1");

        var kept = Assert.Single(await chat.Press("ev:cancelno:1", "1"), m => !m.ButtonsOnly);
        Assert.Equal("OK, “Youth council” stays as it is.", kept.Text);
        Assert.Equal(MainMenu.Buttons(chat.Member("1")), kept.Buttons);
        Assert.Equal(EventStatus.Published, chat.Events.All[0].Status);

        var gone = Assert.Single(await chat.Say("/start event_99", "42"));
        Assert.Equal(Phrasebook.For(Language.Lv).EventNotFound, gone.Text);
        Assert.Equal(MainMenu.Buttons(chat.Member("42")), gone.Buttons);
    }

    [Fact]
    public async Task CancellingAnEvent_AsksFirst_TellsTheAttendees_AndClosesIt()
    {
        await Everyone();
        await Publish("Youth council", "05.12.2026 18:00");
        await chat.Press("rsvp:go:1", "42");

        var question = Assert.Single(await chat.Press("ev:cancel:1", "1"));
        Assert.Equal(["ev:cancelyes:1", "ev:cancelno:1"], question.Payloads());
        Assert.Equal(EventStatus.Published, chat.Events.All[0].Status);
        await chat.Press("ev:cancelyes:1", "1");

        Assert.Equal(EventStatus.Cancelled, chat.Events.All[0].Status);
        var cancelled = chat.Broadcasts.All[^1];
        Assert.Equal((BroadcastKind.EventCancelled, AudienceKind.EventAttendees), (cancelled.Kind, cancelled.Audience));
        Assert.Equal("🚫 Мероприятие «Youth council» (суббота, 5 декабря, 18:00) отменено. Извини!", cancelled.ReadContent().ByLanguage[Language.Ru].Text);
        Assert.Equal(Phrasebook.For(Language.Lv).EventOver, Assert.Single(await chat.Press("rsvp:go:1", "42")).Text);
        Assert.Equal(En.EventsEmpty, Assert.Single(await chat.Say("/events", "1")).Text);
    }

    [Fact]
    public async Task Announce_ToSubscribers_StartsABroadcastThatReportsToTheCoordinator()
    {
        chat.CrossPosts = new CrossPostTargets("@genycity", null);
        await Everyone();
        await chat.Say("/announce", "1");
        await chat.Say("Pool is free for <youth> this Friday & Saturday!", "1");
        await chat.Press("announce:skip", "1");
        var audience = (await chat.Press("announce:to:all", "1"))[^1];
        Assert.Equal("Pool is free for &lt;youth&gt; this Friday &amp; Saturday!\n\n— To: Subscribers (4). Send it?", audience.Text);

        var sent = await chat.Press(audience.Payloads().First(), "1");

        Assert.Equal(En.AnnounceQueued(4), sent[^1].Text);
        var broadcast = Assert.Single(chat.Broadcasts.All);
        Assert.Equal((BroadcastKind.Announcement, ChannelKind.Telegram, "1"), (broadcast.Kind, broadcast.ReportChannel, broadcast.ReportChatId));
        Assert.Equal("Pool is free for &lt;youth&gt; this Friday &amp; Saturday!", broadcast.ReadContent().ByLanguage[Language.Ru].Text);
        Assert.Contains(sent, m => m.To.ChatId == "@genycity");
    }

    [Fact]
    public async Task Announce_ToAnEventsAttendees_ListsTheUpcomingEvents_AndRefusesAnEmptyAudience()
    {
        await Everyone();
        await Publish("Youth council", "05.12.2026 18:00");
        await chat.Say("/announce", "1");
        await chat.Say("Bring a laptop.", "1");

        var choices = (await chat.Press("announce:skip", "1"))[^1];
        Assert.Equal(["announce:to:all", "announce:to:event:1", "announce:cancel"], choices.Payloads());
        Assert.Equal("📅 Youth council (0)", choices.Buttons[1][0].Label);
        var preview = (await chat.Press("announce:to:event:1", "1"))[^1];

        Assert.Equal(En.AnnounceNobody, Assert.Single(await chat.Press(preview.Payloads().First(), "1")).Text);
        Assert.Single(chat.Broadcasts.All);
    }

    private async Task Everyone()
    {
        await chat.Onboard(Language.En, "1");
        await chat.Onboard(Language.Lv, "42");
        await chat.Onboard(Language.Ru, "43");
        await chat.Onboard(Language.En, "44");
    }

    private async Task StartNewEvent()
    {
        await chat.Onboard(Language.En, "1");
        await chat.Say("/newevent", "1");
        await chat.Say("Youth council", "1");
    }

    private async Task<IReadOnlyList<OutboundMessage>> Publish(string title, string when, string? capacity = null)
    {
        await chat.Say("/newevent", "1");
        await chat.Say(title, "1");
        await chat.Say(when, "1");
        await chat.Say("Vienības iela 1", "1");
        await chat.Say("Let’s talk.", "1");
        var preview = capacity is null ? (await chat.Press("event:nolimit", "1"))[^1] : Assert.Single(await chat.Say(capacity, "1"));
        return await chat.Press(preview.Payloads().First(), "1");
    }
}
