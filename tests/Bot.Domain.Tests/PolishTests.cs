using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Domain.Texts;
using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>
/// Polish, as Poznań offers it: each count in its form (one 1; few 2–4, 22–24… but not 12–14; many the rest),
/// dates with the month in the genitive ("do 5 grudnia, 18:00"), and a resident's first steps in the chat.
/// Now is 2026-11-23 10:00 UTC (12:00 in the city's zone).
/// </summary>
public sealed class PolishTests
{
    private static readonly Language Pl = new("pl");
    private static readonly Phrasebook T = Phrasebook.For(Pl);
    private static readonly PollTexts Polls = PollTexts.For(Pl);
    private readonly ChatHarness chat = new();

    public PolishTests()
    {
        // The city offers Polish beside Daugavpils' three, with its own names in Polish.
        chat.Options.Languages = ["lv", "ru", "en", "pl"];
        chat.Options.Organisation["pl"] = "Urząd Miasta Poznania";
        chat.Options.LocalTime["pl"] = "czas polski";
        chat.Options.Themes[0]["pl"] = "Parki";
        chat.Options.Themes[1]["pl"] = "Kultura";
    }

    [Theory]
    [InlineData(0, "0 nowych pomysłów · 0 głosów poparcia · 0 aktywnych osób")]
    [InlineData(1, "1 nowy pomysł · 1 głos poparcia · 1 aktywna osoba")]
    [InlineData(2, "2 nowe pomysły · 2 głosy poparcia · 2 aktywne osoby")]
    [InlineData(5, "5 nowych pomysłów · 5 głosów poparcia · 5 aktywnych osób")]
    [InlineData(12, "12 nowych pomysłów · 12 głosów poparcia · 12 aktywnych osób")]
    [InlineData(22, "22 nowe pomysły · 22 głosy poparcia · 22 aktywne osoby")]
    [InlineData(25, "25 nowych pomysłów · 25 głosów poparcia · 25 aktywnych osób")]
    [InlineData(101, "101 nowych pomysłów · 101 głosów poparcia · 101 aktywnych osób")]
    [InlineData(112, "112 nowych pomysłów · 112 głosów poparcia · 112 aktywnych osób")]
    [InlineData(124, "124 nowe pomysły · 124 głosy poparcia · 124 aktywne osoby")]
    public void TheDigestFigures_TakeTheFormOfEachCount(int count, string figures) =>
        Assert.Equal($"📊 Miniony tydzień: {figures}", T.DigestFigures(count, count, count));

    [Theory]
    [InlineData(1, 1, "1 pomysł (z historią) i 1 wydarzenie (z odpowiedziami)")]
    [InlineData(2, 3, "2 pomysły (z historią) i 3 wydarzenia (z odpowiedziami)")]
    [InlineData(5, 12, "5 pomysłów (z historią) i 12 wydarzeń (z odpowiedziami)")]
    [InlineData(22, 25, "22 pomysły (z historią) i 25 wydarzeń (z odpowiedziami)")]
    [InlineData(101, 112, "101 pomysłów (z historią) i 112 wydarzeń (z odpowiedziami)")]
    [InlineData(0, 0, "0 pomysłów (z historią) i 0 wydarzeń (z odpowiedziami)")]
    public void TheExport_CountsIdeasAndEvents_EachInItsForm(int ideas, int events, string counted) =>
        Assert.Equal($"📊 Arkusz: {counted}. Pliki CSV dla innych programów: /export csv", T.ExportReady(ideas, events));

    [Theory]
    [InlineData(1, "limit: 1 pomysł w", "za 1 minutę", "po 1 zgłoszeniu.", "👥 1 miejsce · wolne: 1", "Łącznie: 1 głos")]
    [InlineData(2, "limit: 2 pomysły w", "za 2 minuty", "po 2 zgłoszeniach.", "👥 2 miejsca · wolne: 1", "Łącznie: 2 głosy")]
    [InlineData(5, "limit: 5 pomysłów w", "za 5 minut", "po 5 zgłoszeniach.", "👥 5 miejsc · wolne: 1", "Łącznie: 5 głosów")]
    [InlineData(12, "limit: 12 pomysłów w", "za 12 minut", "po 12 zgłoszeniach.", "👥 12 miejsc · wolne: 1", "Łącznie: 12 głosów")]
    [InlineData(22, "limit: 22 pomysły w", "za 22 minuty", "po 22 zgłoszeniach.", "👥 22 miejsca · wolne: 1", "Łącznie: 22 głosy")]
    [InlineData(25, "limit: 25 pomysłów w", "za 25 minut", "po 25 zgłoszeniach.", "👥 25 miejsc · wolne: 1", "Łącznie: 25 głosów")]
    [InlineData(101, "limit: 101 pomysłów w", "za 101 minut", "po 101 zgłoszeniach.", "👥 101 miejsc · wolne: 1", "Łącznie: 101 głosów")]
    [InlineData(112, "limit: 112 pomysłów w", "za 112 minut", "po 112 zgłoszeniach.", "👥 112 miejsc · wolne: 1", "Łącznie: 112 głosów")]
    public void CountTexts_AgreeWithTheirCount(int count, string limit, string minutes, string reports, string places, string votes)
    {
        Assert.Contains(limit, T.IdeaLimitReached(count), StringComparison.Ordinal);
        Assert.Equal(minutes, T.InMinutes(count));
        Assert.EndsWith(reports + " Sprawdź go, proszę.", T.ModHiddenAfterReports(7, "Ławki", count), StringComparison.Ordinal);
        Assert.Equal(places, T.EventPlacesFree(count, 1));
        Assert.Equal(votes, Polls.Total(count));
    }

    [Theory]
    [InlineData(1, "za 1 godzinę", "za 1 dzień", "(ważny 1 minutę,")]
    [InlineData(3, "za 3 godziny", "za 3 dni", "(ważny 3 minuty,")]
    [InlineData(13, "za 13 godzin", "za 13 dni", "(ważny 13 minut,")]
    [InlineData(24, "za 24 godziny", "za 24 dni", "(ważny 24 minuty,")]
    public void HoursDaysAndMinutes_AreInTheAccusativeAfterZa(int count, string hours, string days, string link)
    {
        Assert.Equal(hours, T.InHours(count));
        Assert.Equal(days, T.InDays(count));
        Assert.Contains(link, Domain.Dashboard.DashboardTexts.For(Pl).Link("https://example.pl/x", count), StringComparison.Ordinal);
    }

    [Fact]
    public void APollsClosing_IsWrittenInTheGenitive_AfterDo_WithTheYearOnlyWhenItIsAnother()
    {
        var thisYear = new LocalMoment(new DateTime(2026, 12, 5, 18, 0, 0), 2026);
        var nextYear = new LocalMoment(new DateTime(2027, 1, 15, 9, 30, 0), 2026);

        Assert.EndsWith("\n\nGłosuj do 5 grudnia, 18:00. Jedna osoba – jeden głos; możesz go zmienić.", Polls.Body("Gdzie postawić ławki?", "1. Park", thisYear), StringComparison.Ordinal);
        Assert.Equal("🗳 Twój głos: „Park”. Możesz go zmienić do 15 stycznia 2027, 09:30.", Polls.Voted("Park", nextYear));
        Assert.Equal("Gdzie postawić ławki? (do 5 grudnia, 18:00)", Polls.NativeQuestion("Gdzie postawić ławki?", thisYear));
        Assert.Equal("zamknięta 5 grudnia o 18:00", Polls.ClosedOn(thisYear));
        Assert.Equal("zamknięta 15 stycznia 2027 o 09:30", Polls.ClosedOn(nextYear));
    }

    [Fact]
    public void AnEventsDay_HasItsWeekday_AndAnotherYearIsWritten()
    {
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var time = new EventTime(new BotOptions(), new FakeTimeProvider(now));
        var saturday = new DateTimeOffset(2026, 12, 5, 16, 0, 0, TimeSpan.Zero);
        var nextSummer = new DateTimeOffset(2027, 6, 15, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal("Sobota, 5 grudnia, 18:00", time.Format(saturday, Pl));
        Assert.Equal("wtorek, 15 czerwca 2027, 18:00", time.FormatInSentence(nextSummer, Pl));
        Assert.Equal("za 12 dni", time.Relative(saturday, now, Pl));
        Assert.Equal("jutro o 18:00", time.RelativeWithTime(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero), now, Pl));
        Assert.Equal("🚫 Wydarzenie „Rada młodzieży” (sobota, 5 grudnia, 18:00) zostało odwołane. Przepraszamy!", T.EventCancelledNotice("Rada młodzieży", time.Moment(saturday)));
        Assert.Equal("5 gru", time.Write(saturday, Pl, Dates.Brief));
        Assert.Equal("15 cze 2027", time.Write(nextSummer, Pl, Dates.Brief));
    }

    [Fact]
    public void EveryMonth_IsInTheGenitive_AsADayNeedsIt()
    {
        var months = Enumerable.Range(1, 12).Select(m => TextCatalog.Current.Date(Pl, new LocalMoment(new DateTime(2026, m, 1, 12, 0, 0), 2026), Dates.Day));

        Assert.Equal(
            ["1 stycznia", "1 lutego", "1 marca", "1 kwietnia", "1 maja", "1 czerwca", "1 lipca", "1 sierpnia", "1 września", "1 października", "1 listopada", "1 grudnia"],
            months);
        Assert.Equal("Nie ma takiego dnia: 31 lutego 2027. Sprawdź datę.", T.InputNoSuchDate(31, 2, 2027));
    }

    [Fact]
    public async Task ThePicker_OffersPolski_AndAResidentOnboardsInPolish()
    {
        var picker = Assert.Single(await chat.Say("/start", languageCode: "pl-PL"));

        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language · Wybierz język", picker.Text);
        Assert.Equal(["lang:lv", "lang:ru", "lang:en", "lang:pl"], picker.Payloads());
        Assert.Equal(["Latviešu", "Русский", "English", "Polski"], picker.Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.Equal("pl", chat.Member().Language);

        var chosen = await chat.Press(LanguageButtons.PayloadFor(Pl));

        Assert.Equal("Język: polski ✓", chosen[0].Text);
        Assert.StartsWith("🔒 <b>Zanim zaczniemy: Twoja prywatność</b>\nUrząd Miasta Poznania prowadzi tego bota", chosen[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("masz co najmniej 13 lat. Zgadzasz się?", chosen[1].Text, StringComparison.Ordinal);
        Assert.Equal(["✅ Zgadzam się", "Nie, dziękuję", "📄 Czytaj więcej"], chosen[1].Buttons.SelectMany(r => r).Select(b => b.Label));

        var full = Assert.Single(await chat.Press("/privacy"));
        Assert.StartsWith("🔒 <b>Informacja o przetwarzaniu danych osobowych</b>", full.Text, StringComparison.Ordinal);
        Assert.Contains("Administratorem danych jest Urząd Miasta Poznania, ", full.Text, StringComparison.Ordinal);
        Assert.Contains("(art. 6 ust. 1 lit. a RODO)", full.Text, StringComparison.Ordinal);
        Assert.Contains("najwyżej 30 dni od Twojej ostatniej wiadomości", full.Text, StringComparison.Ordinal);
        Assert.Contains("(art. 6 ust. 1 lit. e RODO)", full.Text, StringComparison.Ordinal);
        Assert.Contains("Po 24 miesiącach bez wiadomości od Ciebie", full.Text, StringComparison.Ordinal);
        Assert.EndsWith("• skarga do organu nadzorczego: Państwowa Inspekcja Danych (Datu valsts inspekcija), www.dvi.gov.lv.", full.Text, StringComparison.Ordinal);

        var welcome = await chat.Press(ConsentButtons.AcceptPayload);

        Assert.Equal(ConsentStatus.Given, chat.Member().Consent);
        Assert.StartsWith("Dzięki i witaj! 🎉\nBędziesz dostawać ogłoszenia, cotygodniowy przegląd i nowości o obserwowanych pomysłach", welcome[^1].Text, StringComparison.Ordinal);
        Assert.Equal(
            ["💡 Nowy pomysł", "📋 Pomysły", "🗂 Moje pomysły", "🏁 Efekty", "📅 Wydarzenia", "🗞 Przegląd", "⚙️ Ustawienia", "🌐 Język", "❓ Pomoc"],
            welcome[^1].Buttons.SelectMany(r => r).Select(b => b.Label));

        var help = Assert.Single(await chat.Say("/help"));
        Assert.StartsWith("Oto, co potrafię:\n", help.Text, StringComparison.Ordinal);
        Assert.Contains("/idea — Zaproponuj pomysł dla miasta", help.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIdea_IsAskedForAndReceivedInPolish()
    {
        await chat.Onboard(Pl);

        Assert.Equal("💡 Zapiszmy Twój pomysł! Najpierw krótki tytuł (do 120 znaków):", Assert.Single(await chat.Say("/idea")).Text);
        await chat.Say("Ławki nad Wartą");
        var themes = Assert.Single(await chat.Say("Dziesięć ławek na bulwarze."));
        Assert.Equal("Który temat pasuje do niego najlepiej?", themes.Text);
        Assert.Equal(["Parki", "Kultura", "✖️ Anuluj"], themes.Buttons.SelectMany(r => r).Select(b => b.Label));
        await chat.Say("/cancel");

        var received = await chat.SubmitIdea("Ławki nad Wartą");

        Assert.Contains(received, r => r.Text.StartsWith("🎉 Pomysł #1 do nas dotarł! Koordynatorzy go ocenią", StringComparison.Ordinal));
        var mine = Assert.Single(await chat.Say("/myideas"));
        Assert.Contains("📌 czeka na ocenę · 👍 0", mine.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinatorsEventAndPoll_ReachPolishResidents_WithPolishDates()
    {
        await chat.Onboard(Pl, "1");
        await chat.Onboard(Pl, "42");

        await chat.Say("/newevent", "1");
        Assert.Equal(
            "Kiedy się zaczyna? Napisz datę i godzinę (czas polski), np. 28.11.2026 18:00 lub 2026-11-28 18:00.",
            Assert.Single(await chat.Say("Rada młodzieży", "1")).Text);
        await chat.Say("05.12.2026 18:00", "1");
        await chat.Say("Stary Rynek 1", "1");
        await chat.Say("Planujemy budżet razem.", "1");
        var preview = Assert.Single(await chat.Say("40", "1"));
        Assert.Contains("📅 <b>Rada młodzieży</b>\n🕒 Sobota, 5 grudnia, 18:00 (za 12 dni)\n📍 Stary Rynek 1\n👥 Liczba miejsc: 40", preview.Text, StringComparison.Ordinal);
        await chat.Press(preview.Payloads().First(), "1");
        var invitation = chat.Broadcasts.All.Single().ReadContent().ByLanguage[Pl];
        Assert.Equal(["✅ Będę", "🤔 Może", "❌ Nie będę", "🗓 Do kalendarza"], invitation.Buttons.SelectMany(r => r).Select(b => b.Label));

        await chat.Say("/newpoll", "1");
        await chat.Say("Gdzie postawić ławki?", "1");
        await chat.Say("Park; Bulwar", "1");
        await chat.Press("newpoll:to:all", "1");
        var pollPreview = (await chat.Press("newpoll:days:7", "1"))[^1];
        Assert.Contains("⏰ Do 30 listopada, 12:00\n\nWysłać?", pollPreview.Text, StringComparison.Ordinal);
        await chat.Press(pollPreview.Payloads().Single(p => p.StartsWith("newpoll:send:", StringComparison.Ordinal)), "1");
        var poll = chat.Broadcasts.All[^1].ReadContent().ByLanguage[Pl];
        Assert.Equal("Gdzie postawić ławki? (do 30 listopada, 12:00)", poll.Poll!.Question);

        var voted = await chat.Press("poll:vote:1:1", "42");
        Assert.Equal("🗳 Twój głos: „Bulwar”. Możesz go zmienić do 30 listopada, 12:00.", voted[^1].Text);
    }
}
