using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A city that adds Polish to its languages (Bot:Languages), over the fake Bot API: a Polish resident picks
/// Polski, reads the notice, consents and asks for /help; then sends an idea, which a Polish coordinator approves.
/// </summary>
public sealed class PolishOverTelegramTests : BotTest
{
    protected override IEnumerable<string> Settings => ["--Bot:Languages:3=pl", "--Bot:Coordinators:0=telegram:777"];

    [Fact]
    public async Task APolishResident_StartsInPolish_AndTheirIdeaIsApprovedInPolish()
    {
        var coordinator = await new TelegramUser(Api, 777, languageCode: "pl", firstName: "Marek").OnboardAsync("pl");
        var resident = new TelegramUser(Api, 2001, languageCode: "pl", firstName: "Zofia");

        resident.Says("/start");
        var picker = await resident.NextAsync();
        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language · Wybierz język", picker.Text);
        Assert.Equal(["lang:lv", "lang:ru", "lang:en", "lang:pl"], picker.Payloads);
        Assert.Equal(["Latviešu", "Русский", "English", "Polski"], picker.Labels);

        resident.Presses("lang:pl");
        var chosen = await resident.NextAsync();
        Assert.Equal(("editMessageText", picker.MessageId, "Język: polski ✓"), (chosen.Method, chosen.MessageId, chosen.Text));
        var notice = await resident.NextAsync();
        Assert.StartsWith(
            "🔒 <b>Zanim zaczniemy: Twoja prywatność</b>\nSamorząd miasta Dyneburga (Daugavpils valstspilsētas pašvaldība) prowadzi tego bota",
            notice.Text,
            StringComparison.Ordinal);
        Assert.Equal(["consent:yes", "consent:no", "/privacy"], notice.Payloads);
        Assert.Equal(["✅ Zgadzam się", "Nie, dziękuję", "📄 Czytaj więcej"], notice.Labels);

        resident.Presses("/privacy");
        // The whole notice in Polish, in one message as in the other languages.
        var whole = await resident.NextAsync();
        Assert.StartsWith("🔒 <b>Informacja o przetwarzaniu danych osobowych</b>", whole.Text, StringComparison.Ordinal);
        Assert.Contains("Krišjāņa Valdemāra iela 1, Daugavpils, LV-5401, dpo@daugavpils.lv.", whole.Text, StringComparison.Ordinal);
        Assert.EndsWith("Państwowa Inspekcja Danych (Datu valsts inspekcija), www.dvi.gov.lv.", whole.Text, StringComparison.Ordinal);

        resident.Presses("consent:yes");
        var menu = await resident.NextAsync(c => c.Payloads.Contains("/idea"));
        Assert.StartsWith("Dzięki i witaj! 🎉\nBędziesz dostawać ogłoszenia, cotygodniowy przegląd i nowości o obserwowanych pomysłach", menu.Text, StringComparison.Ordinal);
        Assert.Equal(["💡 Nowy pomysł", "📋 Pomysły", "🗂 Moje pomysły", "🏁 Efekty", "📅 Wydarzenia", "🗞 Przegląd", "⚙️ Ustawienia", "🌐 Język", "❓ Pomoc"], menu.Labels);

        resident.Says("/help");
        var help = await resident.NextAsync();
        Assert.StartsWith("Oto, co potrafię:\n/start — Od nowa: język, prywatność, menu\n", help.Text, StringComparison.Ordinal);

        resident.Says("/idea");
        Assert.Equal("💡 Zapiszmy Twój pomysł! Najpierw krótki tytuł (do 120 znaków):", (await resident.NextAsync()).Text);
        resident.Says("Ławki nad Wartą");
        Assert.Equal("Teraz go opisz: co powinno się zmienić, gdzie i dlaczego? (do 2000 znaków)", (await resident.NextAsync()).Text);
        resident.Says("Dziesięć ławek na bulwarze, żeby było gdzie usiąść.");
        var themes = await resident.NextAsync(c => c.Payloads.Contains("idea:theme:environment"));
        Assert.Equal("Który temat pasuje do niego najlepiej?", themes.Text);
        Assert.Contains("Ekologia i zieleń", themes.Labels);
        resident.Presses("idea:theme:environment");
        Assert.StartsWith("Jeśli masz zdjęcie, wyślij je", (await resident.NextAsync(c => c.Payloads.Contains("idea:skip"))).Text, StringComparison.Ordinal);
        resident.Presses("idea:skip");
        var place = await resident.NextAsync(c => (c.Text ?? "").StartsWith("📍", StringComparison.Ordinal));
        Assert.Equal("📍 Gdzie to jest? Wyślij lokalizację (📎 → Lokalizacja), wpisz miejsce (ulicę, park, adres) albo kliknij „Pomiń”.", place.Text);
        resident.Presses("idea:skip");
        var preview = await resident.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        Assert.StartsWith("Oto Twój pomysł:", preview.Text, StringComparison.Ordinal);
        Assert.EndsWith("Wysłać go do miasta?", preview.Text, StringComparison.Ordinal);
        resident.Presses(preview.Payloads.First(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        var received = await resident.NextAsync(c => c.Text?.StartsWith("🎉", StringComparison.Ordinal) == true);
        Assert.StartsWith("🎉 Pomysł #1 do nas dotarł! Koordynatorzy go ocenią, zwykle w ciągu kilku dni;", received.Text, StringComparison.Ordinal);

        var card = await coordinator.NextAsync(c => c.Payloads.Contains("mod:ok:1"));
        Assert.StartsWith("💡 Nowy pomysł #1 · Ekologia i zieleń\n<b>Ławki nad Wartą</b>", card.Text, StringComparison.Ordinal);
        Assert.Contains("👤 Od: Zofia · Telegram · język: polski", card.Text, StringComparison.Ordinal);
        Assert.Equal(["✅ Zatwierdź", "❌ Odrzuć"], card.Labels);
        coordinator.Presses("mod:ok:1");
        Assert.Equal("Pomysł #1: zatwierdzony ✓", (await coordinator.NextAsync(c => c.Method == "sendMessage")).Text);

        var approved = await resident.NextAsync();
        Assert.Equal("🎉 Twój pomysł #1 „Ławki nad Wartą” został zatwierdzony! Teraz inni mogą go zobaczyć i poprzeć w /ideas.", approved.Text);
        var stored = await Bot.InScopeAsync(db => db.Members.SingleAsync(m => m.ExternalId == "2001"));
        Assert.Equal((new Language("pl"), ConsentStatus.Given), (stored.Language, stored.Consent));
    }
}
