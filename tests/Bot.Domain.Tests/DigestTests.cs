using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Domain.Tests;

public sealed class DigestTests
{
    // Monday 30 November 2026, 10:00 in Riga: the scheduled send.
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly EventTime Time = new(new BotOptions());
    private readonly DigestComposer composer = new(Time);

    [Fact]
    public void AWeekWithNothingToShow_MakesNoDigest()
    {
        var facts = new DigestFacts([], [], [], new DigestFigures(NewIdeas: 2, Supports: 5, People: 4));

        Assert.False(facts.HasNews);
        Assert.Null(composer.Compose(facts, DigestPeriod.WeekEnding(Monday), Monday));
    }

    [Fact]
    public void AScheduledSend_CoversTheSevenWholeDaysBeforeItsDay_InTheCitysZone()
    {
        var period = DigestPeriod.WeekBefore(Monday, Time);

        // Monday 23 November 00:00 to Monday 30 November 00:00 in Riga (UTC+2).
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 22, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 22, 0, 0, TimeSpan.Zero), period.To);
        Assert.Equal(period.To, DigestPeriod.WeekBefore(Monday.AddDays(7), Time).From);

        // Across the change to summer time, the week is six days and 23 hours long, midnight to midnight.
        var spring = DigestPeriod.WeekBefore(new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero), Time);
        Assert.Equal((new DateTimeOffset(2027, 3, 21, 22, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 28, 21, 0, 0, TimeSpan.Zero)), (spring.From, spring.To));
    }

    [Fact]
    public void OnDemand_TheHeadingNamesTheDaysShown_UpToToday()
    {
        var tuesday = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        var facts = new DigestFacts([new DigestIdea(1, "Soliņi", 0)], [], [], new DigestFigures(1, 0, 1));

        var digest = composer.Template(facts, DigestPeriod.WeekEnding(tuesday), tuesday, Language.Lv);

        Assert.StartsWith("🗞 <b>Nedēļas apskats</b> · 24.11.–01.12.\n", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDigest_ReadsNaturallyInLatvian()
    {
        var digest = Compose()[Language.Lv];

        Assert.Equal(
            """
            🗞 <b>Nedēļas apskats</b> · 23.11.–29.11.

            💡 <b>Jaunas idejas, ko vari atbalstīt</b>
            #12 Skeitparks pie Daugavas · 👍 14
            #9 Soliņi &lt;parkā&gt; · 👍 1

            🔧 <b>Kas notiek ar idejām</b>
            #7 Velo novietnes → tiek īstenota
               💬 Pasūtītas 20 novietnes

            📅 <b>Tuvākās divas nedēļas</b>
            • Jauniešu dome · trešdien, 2. decembrī, plkst. 18:00 (pēc 2 dienām)

            🏁 Kas jau paveikts: /results

            📊 Nedēļas laikā: 3 jaunas idejas · 21 atbalsta balss · 9 dalībnieki
            """.ReplaceLineEndings("\n"),
            digest.Text);
        Assert.Equal(["dg:i:12", "dg:i:9", "dg:e:3"], digest.Buttons.SelectMany(r => r).Select(b => b.Payload));
        Assert.Equal(["💡 #12", "💡 #9", "📅 Jauniešu dome"], digest.Buttons.SelectMany(r => r).Select(b => b.Label));
    }

    [Fact]
    public void TheDigest_ReadsNaturallyInRussian()
    {
        var digest = Compose()[Language.Ru];

        Assert.Equal(
            """
            🗞 <b>Дайджест недели</b> · 23 нояб.–29 нояб.

            💡 <b>Новые идеи, которые можно поддержать</b>
            #12 Skeitparks pie Daugavas · 👍 14
            #9 Soliņi &lt;parkā&gt; · 👍 1

            🔧 <b>Что происходит с идеями</b>
            #7 Velo novietnes → в работе
               💬 Pasūtītas 20 novietnes

            📅 <b>Ближайшие две недели</b>
            • Jauniešu dome · среда, 2 декабря, 18:00 (через 2 дня)

            🏁 Что уже сделано: /results

            📊 За неделю: 3 новые идеи · 21 голос поддержки · 9 участников
            """.ReplaceLineEndings("\n"),
            digest.Text);
    }

    [Fact]
    public void TheDigest_ReadsNaturallyInEnglish()
    {
        var digest = Compose()[Language.En];

        Assert.Equal(
            """
            🗞 <b>Weekly digest</b> · 23 Nov – 29 Nov

            💡 <b>New ideas you can support</b>
            #12 Skeitparks pie Daugavas · 👍 14
            #9 Soliņi &lt;parkā&gt; · 👍 1

            🔧 <b>What is happening to ideas</b>
            #7 Velo novietnes → in progress
               💬 Pasūtītas 20 novietnes

            📅 <b>The next two weeks</b>
            • Jauniešu dome · Wednesday, 2 December, 18:00 (in 2 days)

            🏁 What has been done: /results

            📊 The past week: 3 new ideas · 21 votes of support · 9 people taking part
            """.ReplaceLineEndings("\n"),
            digest.Text);
    }

    private IReadOnlyDictionary<Language, OutboundTemplate> Compose()
    {
        var coordinator = new Member(ChannelKind.Telegram, "1", "1", Language.Lv, Monday);
        var meeting = CityEvent.Publish("Jauniešu dome", new DateTimeOffset(2026, 12, 2, 16, 0, 0, TimeSpan.Zero), "Vienības iela 1", "…", null, coordinator, Monday);
        typeof(CityEvent).GetProperty(nameof(CityEvent.Id))!.SetValue(meeting, 3L);
        var facts = new DigestFacts(
            [new DigestIdea(12, "Skeitparks pie Daugavas", 14), new DigestIdea(9, "Soliņi <parkā>", 1)],
            [new DigestStatusChange(7, "Velo novietnes", IdeaStatus.InProgress, "Pasūtītas 20 novietnes")],
            [meeting],
            new DigestFigures(NewIdeas: 3, Supports: 21, People: 9));
        return composer.Compose(facts, DigestPeriod.WeekBefore(Monday, Time), Monday)!.ByLanguage;
    }
}

public sealed class DigestPollTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly DigestComposer composer = new(new EventTime(new BotOptions(), new FakeTimeProvider(Monday)));

    [Fact]
    public void AnOpenPoll_IsNewsOnItsOwn_AndTheDigestOffersToVote()
    {
        var facts = new DigestFacts([], [], [], new DigestFigures(0, 0, 0)) { OpenPolls = [new DigestPoll(4, "Kur likt soliņus?", Monday.AddDays(2))] };

        var digest = composer.Compose(facts, DigestPeriod.WeekEnding(Monday), Monday)!.ByLanguage[Language.En];

        Assert.True(facts.HasNews);
        Assert.Contains("🗳 <b>Open polls</b>\n• Kur likt soliņus? (until 2 December, 10:00)", digest.Text, StringComparison.Ordinal);
        var vote = Assert.Single(digest.Buttons.SelectMany(r => r));
        Assert.Equal(("poll:show:4", "🗳 Vote: Kur likt…"), (vote.Payload, vote.Label));
    }
}
