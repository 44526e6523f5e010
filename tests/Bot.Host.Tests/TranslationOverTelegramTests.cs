using GenYCity.Bot.Domain.Translation;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Translate over the Bot API against a fake LibreTranslate on 127.0.0.1 (a one-second time limit): a Russian idea
/// read by a Latvian, "Translating…" at once and the translation when the worker has it, kept for the second
/// press, Original to go back; an error, a hang and garbage each get a polite apology and the circuit opens after
/// them; a thread's comments are translated too; /privacy names the service.
/// </summary>
public abstract class TranslationOverTelegramSuite : BotTest
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
    private FakeLibreTranslate translate = null!;
    private TelegramUser coordinator = null!;
    private TelegramUser author = null!;
    private TelegramUser latvian = null!;
    private TelegramUser english = null!;

    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", $"--Translation:Url={translate.BaseUrl}", "--Translation:TimeoutSeconds=1", "--Translation:ApiKey=lt-key-123456"];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    protected override async Task BeforeStartAsync() => translate = await FakeLibreTranslate.StartAsync();

    protected override async Task ArrangeAsync()
    {
        coordinator = await new TelegramUser(Api, 777, languageCode: "lv", firstName: "Inese").OnboardAsync("lv");
        author = await new TelegramUser(Api, 1001, languageCode: "ru", firstName: "Дмитрий").OnboardAsync("ru");
        latvian = await new TelegramUser(Api, 1002, languageCode: "lv", firstName: "Līga").OnboardAsync("lv");
        english = await new TelegramUser(Api, 1003, languageCode: "en", firstName: "Ben").OnboardAsync("en");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await translate.DisposeAsync();
    }

    [Fact]
    public async Task AnIdeaIsTranslated_KeptForTheNextPress_AndFailuresGetAPoliteAnswer()
    {
        await author.SubmitsIdeaAsync("Скейтпарк в парке Дубровина", "Нужен скейтпарк с рампами.");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:ok:1"));
        coordinator.Presses("mod:ok:1");
        await author.NextAsync(c => (c.Text ?? "").Contains("одобрена", StringComparison.Ordinal));

        translate.Translates("Skeitparks Dubrovina parkā");
        latvian.Says("/ideas");
        var card = await latvian.NextAsync(c => c.Payloads.Contains("tr:i:1"));
        Assert.Equal(["cm:l:1:1", "tr:i:1"], card.Payloads.Skip(3));
        latvian.Presses("tr:i:1");
        Assert.Equal(TranslationTexts.For("lv").Translating, (await latvian.NextAsync()).Text);
        var translated = await latvian.NextAsync(c => c.Payloads.Contains("tr:io:1"));
        Assert.StartsWith("🌐 <i>", translated.Text, StringComparison.Ordinal);
        Assert.Contains("LibreTranslate, 127.0.0.1", translated.Text, StringComparison.Ordinal);
        Assert.Contains("<b>#1 · Skeitparks Dubrovina parkā</b>\nSkeitparks Dubrovina parkā", translated.Text, StringComparison.Ordinal);
        var asked = translate.Calls.Select(c => c.Json!).ToList();
        Assert.Equal(2, asked.Count);
        Assert.Equal(("Скейтпарк в парке Дубровина", "ru", "lv", "text", "lt-key-123456"),
            (asked[0]["q"]!.GetValue<string>(), asked[0]["source"]!.GetValue<string>(), asked[0]["target"]!.GetValue<string>(), asked[0]["format"]!.GetValue<string>(), asked[0]["api_key"]!.GetValue<string>()));
        Assert.DoesNotContain(asked, a => a.ToJsonString().Contains("Дмитрий", StringComparison.Ordinal));

        // Kept: the second press answers at once, and the service is not asked again.
        latvian.Presses("tr:i:1");
        Assert.Contains("Skeitparks Dubrovina parkā", (await latvian.NextAsync(c => c.Payloads.Contains("tr:io:1"))).Text, StringComparison.Ordinal);
        Assert.Equal(2, translate.Calls.Count);
        latvian.PressesOn(translated.MessageId!.Value, "tr:io:1");
        var original = await latvian.NextAsync(c => c.Method == "editMessageText");
        Assert.StartsWith("<b>#1 · Скейтпарк в парке Дубровина</b>\nНужен скейтпарк с рампами.", original.Text, StringComparison.Ordinal);
        Assert.Equal(["vote:up:1", "follow:on:1:c", "vote:flag:1", "cm:l:1:1", "tr:i:1"], original.Payloads);

        // An error, a hang past the time limit, and garbage: a polite answer each time, and nothing kept.
        var failed = TranslationTexts.For("en").Failed;
        foreach (var fault in new Action[] { () => translate.Refuses(500, "boom"), translate.Hangs, () => translate.Answers("text/html", "<html>oops</html>") })
        {
            fault();
            english.Says("/ideas");
            await english.NextAsync(c => c.Payloads.Contains("tr:i:1"));
            english.Presses("tr:i:1");
            Assert.Equal(TranslationTexts.For("en").Translating, (await english.NextAsync()).Text);
            Assert.Equal(failed, (await english.NextAsync(TimeSpan.FromSeconds(20))).Text);
        }

        Assert.Equal(0, await Bot.InScopeAsync(db => db.Set<TranslatedText>().CountAsync(t => t.Target == "en")));
        Assert.Equal(0, await Bot.InScopeAsync(db => db.Set<TranslationRequest>().CountAsync()));

        // Three failures in a row pause the service: the next press is answered without asking it.
        translate.Translates("Skatepark in Dubrovin park");
        var before = translate.Calls.Count;
        english.Presses("tr:i:1");
        await english.NextAsync();
        Assert.Equal(failed, (await english.NextAsync()).Text);
        Assert.Equal(before, translate.Calls.Count);

        // After the pause it is asked again; the thread's comments are translated as the idea was.
        clock.Advance(TimeSpan.FromMinutes(2));
        english.Presses("tr:i:1");
        await english.NextAsync();
        Assert.Contains("Skatepark in Dubrovin park", (await english.NextAsync(c => c.Payloads.Contains("tr:io:1"))).Text, StringComparison.Ordinal);

        author.Says("/ideas");
        await author.NextAsync(c => c.Payloads.Contains("cm:l:1:1"));
        author.Presses("cm:l:1:1");
        await author.NextAsync(c => c.Payloads.Contains("cm:w:1:1"));
        author.Presses("cm:w:1:1");
        await author.NextAsync();
        author.Says("Рампы можно поставить у пруда.");
        await author.NextAsync();
        await author.NextAsync();
        translate.Translates("Rampas var uzlikt pie dīķa.");
        latvian.Presses("cm:l:1:1");
        await latvian.NextAsync(c => c.Payloads.Contains("tr:t:1:1"));
        latvian.Presses("tr:t:1:1");
        Assert.Equal(TranslationTexts.For("lv").Translating, (await latvian.NextAsync(c => c.Text?.StartsWith("🌐 ", StringComparison.Ordinal) == true && !c.Payloads.Any())).Text);
        var thread = await latvian.NextAsync(c => c.Payloads.Contains("tr:to:1:1"));
        Assert.Contains("Дмитрий, idejas autors", thread.Text, StringComparison.Ordinal);
        Assert.Contains("Rampas var uzlikt pie dīķa.", thread.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("пруда", thread.Text, StringComparison.Ordinal);

        // What was done, in /results: the coordinator's Latvian note translated for an English reader.
        coordinator.Says("/ideas");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:show:1"));
        coordinator.Presses("mod:show:1");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:wip:1"));
        coordinator.Presses("mod:wip:1");
        await coordinator.NextAsync(c => c.Payloads.Contains("modnote:skip"));
        coordinator.Says("Pasūtītas rampas.");
        await author.NextAsync(c => (c.Text ?? "").Contains("Pasūtītas rampas.", StringComparison.Ordinal));
        translate.Translates("Ramps are ordered.");
        english.Says("/results");
        var result = await english.NextAsync(c => c.Payloads.Contains("tr:r:1"));
        Assert.Contains("💬 Pasūtītas rampas.", result.Text, StringComparison.Ordinal);
        english.Presses("tr:r:1");
        await english.NextAsync(c => c.Text == TranslationTexts.For("en").Translating);
        var done = await english.NextAsync(c => c.Payloads.Contains("tr:ro:1"));
        Assert.Contains("💬 Ramps are ordered.", done.Text, StringComparison.Ordinal);
        Assert.Contains(translate.Calls, c => c.Json!["q"]!.GetValue<string>() == "Pasūtītas rampas." && c.Json!["source"]!.GetValue<string>() == "lv");

        // /privacy names the service while it is on.
        latvian.Says("/privacy");
        Assert.Contains("LibreTranslate, 127.0.0.1", (await latvian.NextAsync(c => (c.Text ?? "").Contains("🌐 <b>", StringComparison.Ordinal))).Text, StringComparison.Ordinal);
    }
}

public sealed class TranslationOverTelegramTests : TranslationOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class TranslationOverTelegramOnPostgresTests : TranslationOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
