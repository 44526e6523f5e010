using System.Text;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using GenYCity.Bot.Host.Stats;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The dashboard's figures and the action-plan report on a real, migrated database. Instants are written in UTC,
/// with the city's (Europe/Riga) local time beside them: EET (+2) in winter, EEST (+3) from the last Sunday of
/// March (29 March 2026) to the last Sunday of October (25 October 2026).
/// </summary>
public abstract class DashboardFiguresSuite : IAsyncLifetime
{
    private static readonly BotOptions Options = new()
    {
        TimeZone = "Europe/Riga",
        Themes = [new Theme { Key = "parks", Lv = "Parki", Ru = "Парки", En = "Parks" }, new Theme { Key = "culture", Lv = "Kultūra", Ru = "Культура", En = "Culture" }],
    };

    private static readonly EventTime Time = new(Options);

    private TestDatabase database = null!;
    private ServiceProvider store = null!;
    private int externalIds;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        database = await TestDatabase.OfAsync(Provider);
        store = await StoreServices.CreateAsync(database);
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task NewMembers_ArePutInTheCitysMondayWeeks_AcrossTheSpringClockChange_EveryWeekPresent()
    {
        var period = Figures(null!).Days(new DateOnly(2026, 3, 16), new DateOnly(2026, 4, 19));
        Assert.Equal(Utc(2026, 3, 15, 22, 0), period.From); // Monday 16 March 00:00 EET
        Assert.Equal(Utc(2026, 4, 19, 21, 0), period.To); // Monday 20 April 00:00 EEST

        await store.InScopeAsync(async db =>
        {
            AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 3, 15, 21, 59)); // Sunday 15 March 23:59: before the period
            AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 3, 15, 22, 0)); // Monday 16 March 00:00: the period's first instant
            AddMember(db, Language.Ru, ChannelKind.Messenger, Utc(2026, 3, 22, 21, 30)); // Sunday 22 March 23:30 EET
            AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 3, 29, 20, 30)); // Sunday 29 March 23:30 EEST, the day the clocks went forward
            AddMember(db, Language.En, ChannelKind.Telegram, Utc(2026, 3, 29, 21, 30)); // Monday 30 March 00:30 EEST (23:30 at the winter offset)
            AddMember(db, Language.Lv, ChannelKind.Messenger, Utc(2026, 4, 12, 20, 59)); // Sunday 12 April 23:59 EEST
            AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 4, 19, 21, 0)); // Monday 20 April 00:00: the period's end, not in it
            await db.SaveChangesAsync();
        });

        var byLanguage = await InScope(f => f.NewMembersAsync(period, MemberSplit.Language, CancellationToken.None));
        var byChannel = await InScope(f => f.NewMembersAsync(period, MemberSplit.Channel, CancellationToken.None));

        DateOnly[] weeks = [new(2026, 3, 16), new(2026, 3, 23), new(2026, 3, 30), new(2026, 4, 6), new(2026, 4, 13)];
        Assert.Equal(weeks, byLanguage.Weeks);
        Assert.Equal(weeks, byChannel.Weeks);
        Assert.Equal(["lv: 1 1 0 1 0", "ru: 1 0 0 0 0", "en: 0 0 1 0 0"], Lines(byLanguage));
        Assert.Equal(["Telegram: 1 1 1 0 0", "Messenger: 1 0 0 1 0"], Lines(byChannel));
    }

    [Fact]
    public async Task Supports_ArePutInTheCitysWeeks_AcrossTheAutumnClockChange_AndAnEmptyWeekIsZero()
    {
        var period = Figures(null!).Days(new DateOnly(2026, 10, 19), new DateOnly(2026, 11, 8));
        Assert.Equal(Utc(2026, 10, 18, 21, 0), period.From); // Monday 19 October 00:00 EEST

        await store.InScopeAsync(async db =>
        {
            var author = AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0));
            await db.SaveChangesAsync();
            var idea = AddIdea(db, author, "Benches", "parks", Utc(2026, 1, 2, 12, 0));
            var (a, b, c, d) = (
                AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0)), AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0)),
                AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0)), AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0)));
            await db.SaveChangesAsync();
            db.IdeaSupports.Add(new IdeaSupport(idea.Id, a.Id, Utc(2026, 10, 18, 21, 30))); // Monday 19 October 00:30 EEST (Sunday in UTC)
            db.IdeaSupports.Add(new IdeaSupport(idea.Id, b.Id, Utc(2026, 10, 25, 21, 30))); // Sunday 25 October 23:30 EET, the night the clocks went back
            db.IdeaSupports.Add(new IdeaSupport(idea.Id, c.Id, Utc(2026, 10, 25, 22, 30))); // Monday 26 October 00:30 EET
            db.IdeaSupports.Add(new IdeaSupport(idea.Id, d.Id, Utc(2026, 10, 18, 20, 59))); // Sunday 18 October 23:59 EEST: before the period
            await db.SaveChangesAsync();
        });

        var supports = await InScope(f => f.SupportsAsync(period, CancellationToken.None));

        Assert.Equal([new DateOnly(2026, 10, 19), new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 2)], supports.Weeks);
        Assert.Equal([$"{DashboardFigures.SupportsSeries}: 2 1 0"], Lines(supports));
    }

    [Fact]
    public async Task Ideas_AreSplitByTheme_InTheConfiguredOrder_AndByTheStatusTheyHaveNow()
    {
        var period = Figures(null!).Days(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 29));
        await store.InScopeAsync(async db =>
        {
            var author = AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0));
            await db.SaveChangesAsync();
            AddIdea(db, author, "Old", "parks", Utc(2026, 3, 10, 12, 0)); // before the period
            AddIdea(db, author, "Library hours", "culture", Utc(2026, 3, 17, 12, 0)).MoveTo(IdeaStatus.Approved, null, null, Utc(2026, 3, 18, 12, 0));
            AddIdea(db, author, "Benches", "parks", Utc(2026, 3, 18, 12, 0));
            AddIdea(db, author, "Skate park", "sports", Utc(2026, 3, 24, 12, 0)); // a theme since removed from configuration
            var moved = AddIdea(db, author, "Trees", "parks", Utc(2026, 3, 25, 12, 0));
            moved.MoveTo(IdeaStatus.Approved, null, null, Utc(2026, 3, 26, 12, 0));
            moved.MoveTo(IdeaStatus.InProgress, null, null, Utc(2026, 4, 2, 12, 0));
            await db.SaveChangesAsync();
        });

        var byTheme = await InScope(f => f.IdeasAsync(period, IdeaSplit.Theme, CancellationToken.None));
        var byStatus = await InScope(f => f.IdeasAsync(period, IdeaSplit.Status, CancellationToken.None));

        Assert.Equal([new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 23)], byTheme.Weeks);
        Assert.Equal(["parks: 1 1", "culture: 1 0", "sports: 0 1"], Lines(byTheme));
        Assert.Equal(["Submitted: 1 1", "Approved: 1 0", "InProgress: 0 1"], Lines(byStatus));
        Assert.Empty(Figures(null!).WeeksOf(new Period(period.From, period.From)));
        Assert.Equal(
            Figures(null!).Days(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 29)),
            Figures(null!).LastWeeks(Utc(2026, 3, 29, 20, 59), 2)); // Sunday 29 March 23:59 EEST
    }

    [Fact]
    public async Task EventAnswers_CountEachEventStartingInThePeriod_WithPlacesAndTheLine()
    {
        var period = new Period(Utc(2026, 5, 1, 0, 0), Utc(2026, 6, 1, 0, 0));
        await store.InScopeAsync(async db =>
        {
            var coordinator = AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0));
            var people = Enumerable.Range(0, 6).Select(_ => AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0))).ToList();
            await db.SaveChangesAsync();
            var workshop = CityEvent.Publish("Workshop", Utc(2026, 5, 20, 15, 0), "Hall", "About", 2, coordinator, Utc(2026, 4, 1, 12, 0));
            var cancelled = CityEvent.Publish("Picnic", Utc(2026, 5, 10, 9, 0), "Park", "About", null, coordinator, Utc(2026, 4, 1, 12, 0));
            cancelled.Cancel(Utc(2026, 5, 1, 12, 0));
            var later = CityEvent.Publish("Later", Utc(2026, 6, 1, 0, 0), "Hall", "About", null, coordinator, Utc(2026, 4, 1, 12, 0));
            db.Events.AddRange(workshop, cancelled, later);
            await db.SaveChangesAsync();
            db.Rsvps.AddRange(
                Rsvp.Create(workshop.Id, people[0].Id, RsvpAnswer.Going, false, Utc(2026, 4, 2, 12, 0)),
                Rsvp.Create(workshop.Id, people[1].Id, RsvpAnswer.Going, false, Utc(2026, 4, 2, 12, 0)),
                Rsvp.Create(workshop.Id, people[2].Id, RsvpAnswer.Going, true, Utc(2026, 4, 2, 12, 0)),
                Rsvp.Create(workshop.Id, people[3].Id, RsvpAnswer.Maybe, false, Utc(2026, 4, 2, 12, 0)),
                Rsvp.Create(workshop.Id, people[4].Id, RsvpAnswer.NotGoing, false, Utc(2026, 4, 2, 12, 0)),
                Rsvp.Create(cancelled.Id, people[5].Id, RsvpAnswer.Maybe, false, Utc(2026, 4, 2, 12, 0)),
                Rsvp.Create(later.Id, people[5].Id, RsvpAnswer.Going, false, Utc(2026, 4, 2, 12, 0)));
            await db.SaveChangesAsync();
        });

        var events = await InScope(f => f.EventAnswersAsync(period, CancellationToken.None));

        Assert.Equal(
            [("Picnic", EventStatus.Cancelled, (int?)null, 0, 0, 1, 0), ("Workshop", EventStatus.Published, 2, 2, 1, 1, 1)],
            events.Select(e => (e.Title, e.Status, e.Capacity, e.Going, e.Waitlisted, e.Maybe, e.NotGoing)));
        Assert.Equal(Utc(2026, 5, 10, 9, 0), events[0].StartsAt);
    }

    [Fact]
    public async Task Broadcasts_ShowTheKeptCountsOnceDone_AndTheOutboxsWhileUnderWay()
    {
        var period = new Period(Utc(2026, 5, 1, 0, 0), Utc(2026, 6, 1, 0, 0));
        var (done, underWay) = await store.InScopeAsync(async db =>
        {
            var content = new BroadcastContent(new Dictionary<Language, OutboundTemplate> { [Language.En] = new("Hello") });
            var early = Broadcast.Create(BroadcastKind.Announcement, AudienceKind.AnnouncementSubscribers, null, content, null, Utc(2026, 4, 30, 23, 59));
            var finished = Broadcast.Create(BroadcastKind.Announcement, AudienceKind.AnnouncementSubscribers, null, content, null, Utc(2026, 5, 2, 12, 0));
            finished.Wrote(10, 10);
            finished.AllWritten();
            finished.Complete(Utc(2026, 5, 2, 12, 5), new BroadcastCounts(10, 6, 2, 1, 1));
            var sending = Broadcast.Create(BroadcastKind.Digest, AudienceKind.DigestSubscribers, null, content, null, Utc(2026, 5, 3, 12, 0));
            sending.Wrote(5, 5);
            sending.AllWritten();
            db.Broadcasts.AddRange(early, finished, sending);
            await db.SaveChangesAsync();
            var rows = Enumerable.Range(0, 5).Select(i => OutboxRow.Create(new OutboundMessage(new Recipient(ChannelKind.Telegram, $"{i}"), "Hello"), Utc(2026, 5, 3, 12, 0), sending.Id)).ToList();
            rows[0].MarkSent("1", Utc(2026, 5, 3, 12, 1));
            rows[1].MarkSent("2", Utc(2026, 5, 3, 12, 1));
            rows[2].MarkUnreachable("blocked", Utc(2026, 5, 3, 12, 1));
            rows[3].MarkSkipped("window", Utc(2026, 5, 3, 12, 1));
            db.Deliveries.AddRange(rows);
            // The finished broadcast's rows say otherwise: its kept counts are what it reports.
            db.Deliveries.Add(OutboxRow.Create(new OutboundMessage(new Recipient(ChannelKind.Telegram, "9"), "Hello"), Utc(2026, 5, 2, 12, 0), finished.Id));
            await db.SaveChangesAsync();
            return (finished.Id, sending.Id);
        });

        var broadcasts = await InScope(f => f.BroadcastsAsync(period, CancellationToken.None));

        Assert.Equal(
            [
                new BroadcastOutcome(done, BroadcastKind.Announcement, AudienceKind.AnnouncementSubscribers, Utc(2026, 5, 2, 12, 0), true, Utc(2026, 5, 2, 12, 5), new BroadcastCounts(10, 6, 2, 1, 1)),
                new BroadcastOutcome(underWay, BroadcastKind.Digest, AudienceKind.DigestSubscribers, Utc(2026, 5, 3, 12, 0), false, null, new BroadcastCounts(5, 2, 1, 0, 1)),
            ],
            broadcasts);
    }

    [Fact]
    public async Task Members_AreCountedByChannelAndLanguage_AsStatsCountsThem()
    {
        await store.InScopeAsync(async db =>
        {
            var consented = AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0));
            consented.GiveConsent(Utc(2026, 1, 1, 12, 0));
            var noDigest = AddMember(db, Language.Lv, ChannelKind.Messenger, Utc(2026, 1, 1, 12, 0));
            noDigest.GiveConsent(Utc(2026, 1, 1, 12, 0));
            noDigest.Toggle(Subscriptions.WeeklyDigest);
            var blocked = AddMember(db, Language.Ru, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0));
            blocked.GiveConsent(Utc(2026, 1, 1, 12, 0));
            blocked.BlockedTheBot();
            AddMember(db, Language.En, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0)).MarkUnreachable();
            AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0));
            await db.SaveChangesAsync();
        });

        var members = await InScope(f => f.MembersAsync(CancellationToken.None));
        var stats = await store.InScopeAsync(db => new Statistics(db).GatherAsync(Utc(2026, 1, 2, 0, 0), 0, CancellationToken.None));

        Assert.Equal(new Domain.Stats.MemberFigures(5, 3, 2, 1, 2), members.Total);
        Assert.Equal(stats.Members, members.Total);
        Assert.Equal(
            [new MemberGroup("Telegram", new(4, 2, 1, 1, 2)), new MemberGroup("Messenger", new(1, 1, 1, 0, 0))],
            members.ByChannel);
        Assert.Equal(
            [new MemberGroup("lv", new(3, 2, 2, 1, 0)), new MemberGroup("ru", new(1, 1, 0, 0, 1)), new MemberGroup("en", new(1, 0, 0, 0, 1))],
            members.ByLanguage);
    }

    [Fact]
    public async Task Participants_AreDistinctPeopleWhoTookPart_AndFirstTimersHadNotTakenPartBefore()
    {
        var period = new Period(Utc(2026, 5, 1, 0, 0), Utc(2026, 6, 1, 0, 0));
        await store.InScopeAsync(async db =>
        {
            var m = Enumerable.Range(0, 8).Select(_ => AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0))).ToList();
            await db.SaveChangesAsync();
            var coordinator = m[7];
            var earlyIdea = AddIdea(db, m[0], "Early idea", "parks", Utc(2026, 4, 30, 23, 59)); // m0 took part before the period...
            var idea = AddIdea(db, m[6], "In the period", "parks", Utc(2026, 5, 5, 12, 0)); // m6 submits: their first time
            var cityEvent = CityEvent.Publish("Workshop", Utc(2026, 5, 20, 15, 0), "Hall", "About", null, coordinator, Utc(2026, 4, 1, 12, 0));
            var poll = Poll.Create("Which?", ["A", "B"], AudienceKind.AnnouncementSubscribers, null, Utc(2026, 7, 1, 0, 0), coordinator.Id, Utc(2026, 4, 1, 12, 0));
            db.Events.Add(cityEvent);
            db.Polls.Add(poll);
            await db.SaveChangesAsync();
            db.IdeaSupports.Add(new IdeaSupport(idea.Id, m[0].Id, Utc(2026, 5, 6, 12, 0))); // ...and again in it: taking part, not for the first time
            db.Rsvps.Add(Rsvp.Create(cityEvent.Id, m[1].Id, RsvpAnswer.NotGoing, false, Utc(2026, 5, 7, 12, 0))); // m1: first time, by an answer
            db.PollVotes.Add(new PollVote(poll.Id, m[2].Id, 1, Utc(2026, 5, 31, 23, 59))); // m2: first time, by a vote
            db.IdeaSupports.Add(new IdeaSupport(earlyIdea.Id, m[2].Id, Utc(2026, 5, 8, 12, 0))); // m2 again: one person
            db.IdeaSupports.Add(new IdeaSupport(earlyIdea.Id, m[3].Id, Utc(2026, 4, 15, 12, 0))); // m3: only before the period
            db.PollVotes.Add(new PollVote(poll.Id, m[4].Id, 0, Utc(2026, 6, 1, 0, 0))); // m4: only after it
            db.Rsvps.Add(Rsvp.Create(cityEvent.Id, m[5].Id, RsvpAnswer.Going, false, Utc(2026, 4, 20, 12, 0))); // m5: before,
            db.PollVotes.Add(new PollVote(poll.Id, m[5].Id, 0, Utc(2026, 5, 9, 12, 0))); // and in it
            await db.SaveChangesAsync();
        });

        var report = await InScope(f => f.ReportAsync(period, Domain.Members.Language.En, CancellationToken.None));

        // In the period: m0, m1, m2, m5, m6; of them m1, m2 and m6 for the first time.
        Assert.Equal((5, 3), (report.Participants, report.FirstTimeParticipants));
    }

    [Fact]
    public async Task Report_CountsIdeasByThemeAndStatus_TheCouncilsAnswers_AndWhatWasDone()
    {
        var period = new Period(Utc(2026, 5, 1, 0, 0), Utc(2026, 6, 1, 0, 0));
        var ids = await store.InScopeAsync(async db =>
        {
            var author = AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0));
            await db.SaveChangesAsync();
            Idea Approved(string title, DateTimeOffset at)
            {
                var idea = AddIdea(db, author, title, "parks", at);
                idea.MoveTo(IdeaStatus.Approved, null, null, at.AddHours(1));
                return idea;
            }

            for (var i = 0; i < 5; i++)
            {
                AddIdea(db, author, $"Parks {i}", "parks", Utc(2026, 5, 2 + i, 12, 0));
            }

            AddIdea(db, author, "Theatre", "culture", Utc(2026, 5, 10, 12, 0)).MoveTo(IdeaStatus.Rejected, "Not the city's", null, Utc(2026, 5, 11, 12, 0));

            var answered = Approved("Bike lanes", Utc(2026, 3, 1, 12, 0));
            answered.FlagIfReadyForCouncil(0, Utc(2026, 5, 3, 12, 0));
            answered.RecordCouncilAnswer(CouncilDecision.Accepted, "Funded in 2027", Utc(2026, 5, 20, 12, 0));
            var earlier = Approved("Fountain", Utc(2026, 3, 1, 12, 0));
            earlier.FlagIfReadyForCouncil(0, Utc(2026, 4, 3, 12, 0));
            earlier.RecordCouncilAnswer(CouncilDecision.Partly, "One of two", Utc(2026, 5, 21, 12, 0));
            var waiting = Approved("Wi-Fi", Utc(2026, 3, 1, 12, 0));
            waiting.FlagIfReadyForCouncil(0, Utc(2026, 5, 30, 12, 0));
            var old = Approved("Old", Utc(2026, 3, 1, 12, 0));
            old.FlagIfReadyForCouncil(0, Utc(2026, 4, 3, 12, 0));
            old.RecordCouncilAnswer(CouncilDecision.NotAccepted, "No", Utc(2026, 4, 21, 12, 0));
            var hidden = Approved("Hidden", Utc(2026, 3, 1, 12, 0));
            hidden.FlagIfReadyForCouncil(0, Utc(2026, 5, 3, 12, 0));
            hidden.AddReport(1);

            var built = Approved("Benches", Utc(2026, 3, 1, 12, 0));
            built.MoveTo(IdeaStatus.InProgress, "Ordered", null, Utc(2026, 5, 4, 12, 0));
            built.MoveTo(IdeaStatus.Implemented, null, null, Utc(2026, 5, 25, 12, 0));
            var started = Approved("Trees", Utc(2026, 3, 1, 12, 0));
            started.MoveTo(IdeaStatus.InProgress, "Planting in autumn", null, Utc(2026, 5, 12, 12, 0));
            var before = Approved("Bins", Utc(2026, 3, 1, 12, 0));
            before.MoveTo(IdeaStatus.InProgress, "Soon", null, Utc(2026, 4, 12, 12, 0));
            before.MoveTo(IdeaStatus.Implemented, "Done", null, Utc(2026, 6, 1, 0, 0));
            await db.SaveChangesAsync();
            return new { Answered = answered.Id, Earlier = earlier.Id, Waiting = waiting.Id, Built = built.Id, Started = started.Id };
        });

        var report = await InScope(f => f.ReportAsync(period, Domain.Members.Language.En, CancellationToken.None));

        Assert.Equal(6, report.IdeasSubmitted);
        Assert.Equal([new KeyCount("parks", 5), new KeyCount("culture", 1)], report.IdeasByTheme);
        Assert.Equal([new KeyCount("Submitted", 5), new KeyCount("Rejected", 1)], report.IdeasByStatus);
        Assert.Equal(2, report.ReachedCouncil);
        Assert.Equal(
            [
                new CouncilItem(ids.Answered, "Bike lanes", Utc(2026, 5, 3, 12, 0), CouncilDecision.Accepted, "Funded in 2027", Utc(2026, 5, 20, 12, 0)),
                new CouncilItem(ids.Earlier, "Fountain", Utc(2026, 4, 3, 12, 0), CouncilDecision.Partly, "One of two", Utc(2026, 5, 21, 12, 0)),
                new CouncilItem(ids.Waiting, "Wi-Fi", Utc(2026, 5, 30, 12, 0), null, null, null),
            ],
            report.Council);
        Assert.Equal([new KeyCount("Accepted", 1), new KeyCount("Partly", 1), new KeyCount(ActionPlanReport.NoDecision, 1)], report.CouncilDecisions);
        Assert.Equal(
            [
                new WeDidItem(ids.Started, "Trees", IdeaStatus.InProgress, Utc(2026, 5, 12, 12, 0), "Planting in autumn"),
                new WeDidItem(ids.Built, "Benches", IdeaStatus.Implemented, Utc(2026, 5, 25, 12, 0), "Ordered"),
            ],
            report.WeDid);
    }

    [Fact]
    public async Task TheReportsCsv_ShowsSmallCountsAsUnderFive_EscapesFields_AndDefusesFormulas()
    {
        var period = Figures(null!).Days(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));
        var eventId = await store.InScopeAsync(async db =>
        {
            var people = Enumerable.Range(0, 6).Select(_ => AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 1, 1, 12, 0))).ToList();
            await db.SaveChangesAsync();
            for (var i = 0; i < 5; i++)
            {
                AddIdea(db, people[i], $"Parks {i}", "parks", Utc(2026, 5, 2 + i, 12, 0));
            }

            var formula = AddIdea(db, people[5], "=HYPERLINK(\"http://evil\")", "culture", Utc(2026, 5, 10, 12, 0));
            formula.MoveTo(IdeaStatus.Approved, null, null, Utc(2026, 5, 10, 13, 0));
            formula.FlagIfReadyForCouncil(0, Utc(2026, 5, 12, 12, 0));
            formula.RecordCouncilAnswer(CouncilDecision.Accepted, "=SUM(A1:A9)", Utc(2026, 5, 13, 12, 0));
            var quoted = AddIdea(db, people[5], "Benches, \"big\" ones\nand tables", "parks", Utc(2026, 4, 10, 12, 0));
            quoted.MoveTo(IdeaStatus.Approved, null, null, Utc(2026, 4, 10, 13, 0));
            quoted.MoveTo(IdeaStatus.InProgress, "+1 from the council", null, Utc(2026, 5, 15, 12, 0));
            var cityEvent = CityEvent.Publish("@home", Utc(2026, 5, 20, 15, 0), "Hall", "About", 30, people[0], Utc(2026, 4, 1, 12, 0));
            db.Events.Add(cityEvent);
            await db.SaveChangesAsync();
            db.Rsvps.Add(Rsvp.Create(cityEvent.Id, people[0].Id, RsvpAnswer.Going, false, Utc(2026, 5, 1, 12, 0)));
            await db.SaveChangesAsync();
            return cityEvent.Id;
        });
        var report = await InScope(f => f.ReportAsync(period, Domain.Members.Language.En, CancellationToken.None));
        // people[5] submitted an idea in April: not a first-timer.
        Assert.Equal((6, 5), (report.Participants, report.FirstTimeParticipants));

        var bytes = ReportCsv.Write(report, Time);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var rows = ParseCsv(text);
        Assert.Equal(["Section", "Id", "Name", "Measure", "Value"], rows[0]);
        string Value(string section, string id, string measure) =>
            Assert.Single(rows, r => r[0] == section && r[1] == id && r[3] == measure)[4];

        Assert.Equal(["Period", "", "", "From", "2026-05-01 00:00"], rows[1]);
        Assert.Equal(["Period", "", "", "Until (not included)", "2026-06-01 00:00"], rows[2]);
        Assert.Equal("6", Value("Participants", "", "All"));
        Assert.Equal("5", Value("Participants", "", "First time"));
        Assert.Equal("6", Value("Ideas submitted", "", "Ideas"));
        Assert.Equal("5", Value("Ideas by theme", "parks", "Ideas"));
        Assert.Equal("< 5", Value("Ideas by theme", "culture", "Ideas"));
        Assert.Equal("parks", Assert.Single(rows, r => r[0] == "Ideas by theme" && r[1] == "parks")[2]);
        var themed = ParseCsv(Encoding.UTF8.GetString(ReportCsv.Write(report, Time, ReportLabels.Themed(ReportLabels.English, Options, Language.En))[3..]));
        Assert.Equal("Parks", Assert.Single(themed, r => r[0] == "Ideas by theme" && r[1] == "parks")[2]);
        Assert.Equal("Participants", themed[3][0]);
        Assert.Equal("5", Value("Ideas by status now", "Submitted", "Ideas"));
        Assert.Equal("< 5", Value("Ideas by status now", "Approved", "Ideas"));
        Assert.Equal("< 5", Value("Council", "", "Reached the threshold"));
        Assert.Equal("< 5", Value("Council decisions", "Accepted", "Ideas"));
        var council = rows.Where(r => r[0] == "Ideas put to the council").ToList();
        Assert.All(council, r => Assert.Equal("'=HYPERLINK(\"http://evil\")", r[2]));
        Assert.Equal(["2026-05-12 15:00", "Accepted", "'=SUM(A1:A9)", "2026-05-13 15:00"], council.Select(r => r[4]));

        var e = eventId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("'@home", Assert.Single(rows, r => r[0] == "Events" && r[3] == "Starts")[2]);
        Assert.Equal("2026-05-20 18:00", Value("Events", e, "Starts")); // 15:00 UTC, EEST
        Assert.Equal("30", Value("Events", e, "Capacity"));
        Assert.Equal("< 5", Value("Events", e, "Going"));
        Assert.Equal("0", Value("Events", e, "Not going"));

        var weDid = rows.Where(r => r[0] == "You said, we did").ToList();
        Assert.All(weDid, r => Assert.Equal("Benches, \"big\" ones\nand tables", r[2]));
        Assert.Equal(["In progress", "2026-05-15 15:00", "'+1 from the council"], weDid.Select(r => r[4]));
        Assert.Contains("\"Benches, \"\"big\"\" ones\nand tables\"", text, StringComparison.Ordinal);

        Assert.DoesNotContain(rows, r => r.Any(cell => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@'));
    }

    [Fact]
    public async Task KeyFigures_CountThisWeeksNewMembers_AndThisMonthsParticipantsAgainstTheSameDaysOfTheLast()
    {
        var now = Utc(2026, 5, 3, 10, 0); // Sunday 3 May, 13:00 EEST: the week began on Monday 27 April, the month on Friday 1 May
        await store.InScopeAsync(async db =>
        {
            var early = AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 4, 2, 10, 0));
            var sunday = AddMember(db, Language.Ru, ChannelKind.Telegram, Utc(2026, 4, 26, 20, 59)); // Sunday 26 April 23:59 EEST: last week
            var monday = AddMember(db, Language.Lv, ChannelKind.Messenger, Utc(2026, 4, 26, 21, 0)); // Monday 27 April 00:00 EEST: this week
            var supporter = AddMember(db, Language.En, ChannelKind.Telegram, Utc(2026, 5, 2, 9, 0));
            var today = AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 5, 3, 9, 0));
            await db.SaveChangesAsync();
            AddIdea(db, early, "April's", "parks", Utc(2026, 4, 2, 10, 0)); // 2 April: by the same day of last month
            AddIdea(db, early, "Late April's", "parks", Utc(2026, 4, 30, 20, 59)); // 30 April 23:59 EEST: last month, after its 3rd
            AddIdea(db, sunday, "Mid April's", "culture", Utc(2026, 4, 10, 12, 0)); // 10 April: after its 3rd
            var first = AddIdea(db, monday, "May's", "parks", Utc(2026, 4, 30, 21, 0)); // 1 May 00:00 EEST: this month
            AddIdea(db, today, "Today's", "culture", Utc(2026, 5, 3, 9, 30));
            await db.SaveChangesAsync();
            db.IdeaSupports.Add(new IdeaSupport(first.Id, supporter.Id, Utc(2026, 5, 2, 9, 30)));
            db.IdeaSupports.Add(new IdeaSupport(first.Id, today.Id, Utc(2026, 5, 3, 9, 40))); // today again: one person, once
            await db.SaveChangesAsync();
        });

        var key = await InScope(f => f.KeyFiguresAsync(now, CancellationToken.None));

        Assert.Equal(new KeyFigures(Members: 5, NewThisWeek: 3, ParticipantsThisMonth: 3, ParticipantsLastMonth: 1), key);
        Assert.Equal(2, key.Change);
    }

    [Fact]
    public async Task KeyFigures_OnTheLastDayOfALongMonth_CompareWithTheWholeOfAShorterOne()
    {
        await store.InScopeAsync(async db =>
        {
            var february = AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 2, 1, 10, 0));
            var march = AddMember(db, Language.Lv, ChannelKind.Telegram, Utc(2026, 3, 1, 10, 0));
            await db.SaveChangesAsync();
            AddIdea(db, february, "The 28th's", "parks", Utc(2026, 2, 28, 12, 0)); // Saturday 28 February, the month's last day
            AddIdea(db, march, "The 31st's", "parks", Utc(2026, 3, 31, 12, 0));
            await db.SaveChangesAsync();
        });

        var key = await InScope(f => f.KeyFiguresAsync(Utc(2026, 3, 31, 15, 0), CancellationToken.None));

        Assert.Equal((1, 1), (key.ParticipantsThisMonth, key.ParticipantsLastMonth));
    }

    [Fact]
    public async Task TheReportsCsv_UsesTheLabelsItIsGiven()
    {
        var report = await InScope(f => f.ReportAsync(new Period(Utc(2026, 5, 1, 0, 0), Utc(2026, 6, 1, 0, 0)), Domain.Members.Language.En, CancellationToken.None));

        var rows = ParseCsv(Encoding.UTF8.GetString(ReportCsv.Write(report, Time, key => key.ToUpperInvariant())[3..]));

        Assert.Equal(["COLUMN:SECTION", "COLUMN:ID", "COLUMN:NAME", "COLUMN:MEASURE", "COLUMN:VALUE"], rows[0]);
        Assert.Equal(["SECTION:PARTICIPANTS", "", "", "MEASURE:ALL", "0"], rows[3]);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "< 5")]
    [InlineData(4, "< 5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1234")]
    public void ReportCount_ShowsOneToFourAsUnderFive(int count, string shown) => Assert.Equal(shown, ReportCount.Show(count));

    [Fact]
    public void EveryLabelKey_HasANameInEveryLanguage_AndAThemeReadsAsItsKey()
    {
        Assert.All(Languages.All, language => Assert.All(ReportLabels.Keys, key => Assert.NotEqual(key, ReportLabels.In(language)(key))));
        Assert.Equal("parks", ReportLabels.English("theme:parks"));
        Assert.Equal("Dalībnieki", ReportLabels.In(Language.Lv)("section:participants"));
    }

    /// <summary>A time in UTC.</summary>
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static DashboardFigures Figures(BotDbContext db)
    {
        var modules = new ServiceCollection();
        var builder = new Configuration.FeatureModuleBuilder(modules);
        new Ideas.IdeasModule().Register(builder);
        new Events.EventsModule().Register(builder);
        new Polls.PollsModule().Register(builder);
        new Budgets.BudgetsModule().Register(builder);
        var participation = modules.Where(d => d.ServiceType == typeof(IParticipation)).Select(d => (IParticipation)d.ImplementationInstance!).ToList();
        return new(db, Time, Options, participation, [new Budgets.BudgetReport()]);
    }

    /// <summary>Each series as "key: a b c", its count for each week.</summary>
    private static List<string> Lines(WeeklyCounts counts)
    {
        Assert.All(counts.Series, s => Assert.Equal(counts.Weeks.Count, s.Values.Count));
        return counts.Series.Select(s => $"{s.Key}: {string.Join(' ', s.Values)}").ToList();
    }

    private Task<T> InScope<T>(Func<DashboardFigures, Task<T>> work) => store.InScopeAsync(db => work(Figures(db)));

    private Member AddMember(BotDbContext db, Language language, ChannelKind channel, DateTimeOffset createdAt)
    {
        var id = (++externalIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var member = new Member(channel, id, id, language, createdAt);
        db.Members.Add(member);
        return member;
    }

    private Idea AddIdea(BotDbContext db, Member author, string title, string theme, DateTimeOffset createdAt)
    {
        var idea = Idea.Submit(author, title, $"About {title}", theme, null, $"k{++externalIds}", createdAt);
        db.Ideas.Add(idea);
        return idea;
    }

    /// <summary>RFC 4180, read strictly: records end in CRLF; a quoted field may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                Assert.False(c is '\r' or '\n' or '"', $"A bare {(int)c} outside quotes at {i}");
                field.Append(c);
            }
        }

        Assert.True(field.Length == 0 && row.Count == 0, "The last record ends in CRLF");
        return rows;
    }
}

/// <summary>The suite on a SQLite file.</summary>
public sealed class DashboardFiguresTests : DashboardFiguresSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>The suite on PostgreSQL (named so the suite's filter, DashboardFiguresTests, runs it too).</summary>
public sealed class DashboardFiguresTestsOnPostgres : DashboardFiguresSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
