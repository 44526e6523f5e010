using System.Text;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Microsoft.VisualBasic.FileIO;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Ideas end to end over the Bot API: a resident submits one with a photo, a coordinator approves it,
/// another resident supports it, the author follows it, and the coordinator exports the CSV.
/// </summary>
public abstract class IdeasOverTelegramSuite : BotTest
{
    private const long ModerationGroup = -100555;
    private TelegramUser coordinator = null!;
    private TelegramUser author = null!;
    private TelegramUser supporter = null!;

    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", $"--Ideas:ModerationChat=telegram:{ModerationGroup}"];

    protected override Task ArrangeAsync()
    {
        coordinator = new TelegramUser(Api, 777, languageCode: "lv", firstName: "Ilze");
        author = new TelegramUser(Api, 1001, languageCode: "ru", firstName: "Olga");
        supporter = new TelegramUser(Api, 1002, languageCode: "en", firstName: "Tom");
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SubmitApproveSupportFollowAndExport()
    {
        await coordinator.OnboardAsync("lv");
        await author.OnboardAsync("ru");
        await supporter.OnboardAsync("en");

        var received = await SubmitWithPhotoAsync(author, "Скамейки у Даугавы", "Десять скамеек на набережной.");
        Assert.StartsWith("🎉 Идея #1 получена!", received.Text, StringComparison.Ordinal);

        var card = await coordinator.NextAsync();
        Assert.Equal("sendPhoto", card.Method);
        Assert.Equal("AgAD-benches", card.Body["photo"]!.GetValue<string>());
        Assert.StartsWith("💡 Jauna ideja #1 · Publiskā telpa\n<b>Скамейки у Даугавы</b>", card.Text, StringComparison.Ordinal);
        Assert.Contains("\n📍 Krastmala, Rīgas iela 1\n🗺 https://www.openstreetmap.org/?mlat=55.875&mlon=26.536#map=17/55.875/26.536", card.Text, StringComparison.Ordinal);
        Assert.Equal(["mod:ok:1", "mod:no:1"], card.Payloads);
        var groupCard = await Api.WaitForCallAsync(c => c.ChatId == ModerationGroup.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["mod:ok:1", "mod:no:1"], groupCard.Payloads);

        coordinator.Presses("mod:ok:1");
        Assert.Equal("Ideja #1: apstiprināta ✓", (await coordinator.NextAsync()).Text);
        var redrawn = await coordinator.NextAsync();
        Assert.Equal(("editMessageReplyMarkup", card.MessageId), (redrawn.Method, redrawn.MessageId));
        Assert.Equal(["mod:wip:1", "mod:done:1", "res:council:1", "res:note:1", "mod:no:1"], redrawn.Payloads);
        Assert.Equal("🎉 Твоя идея #1 «Скамейки у Даугавы» одобрена! Теперь другие могут увидеть и поддержать её в /ideas.", (await author.NextAsync()).Text);

        supporter.Says("/ideas");
        var shown = await supporter.NextAsync();
        Assert.Equal(("sendPhoto", "AgAD-benches"), (shown.Method, shown.Body["photo"]!.GetValue<string>()));
        Assert.Equal(["vote:up:1", "follow:on:1:c", "vote:flag:1", "cm:l:1:1"], shown.Payloads);
        supporter.Presses("vote:up:1");
        var supported = await supporter.NextAsync();
        Assert.Equal(("editMessageReplyMarkup", shown.MessageId), (supported.Method, supported.MessageId));
        Assert.Equal("💚 You support · 1", supported.Labels[0]);
        Assert.Equal("follow:off:1:c", supported.Payloads[1]);
        // Withdrawn, the support takes the follow it brought with it, and the card says so; then given again.
        supporter.PressesOn(shown.MessageId!.Value, "vote:up:1");
        Assert.Equal(["vote:up:1", "follow:on:1:c", "vote:flag:1", "cm:l:1:1"], (await supporter.NextAsync()).Payloads);
        supporter.PressesOn(shown.MessageId!.Value, "vote:up:1");
        Assert.Equal("follow:off:1:c", (await supporter.NextAsync()).Payloads[1]);

        author.Says("/myideas");
        Assert.Contains("#1 <b>Скамейки у Даугавы</b>\n📌 одобрена · 👍 1", (await author.NextAsync()).Text, StringComparison.Ordinal);

        coordinator.Says("/export");
        var export = await coordinator.NextAsync();
        Assert.Equal("sendDocument", export.Method);
        Assert.Equal("📊 Izklājlapā: 1 ideja ar vēsturi un 0 pasākumu ar atbildēm. CSV faili citām programmām: /export csv", export.Text);
        var xlsx = Assert.Single(export.Files).Value;
        // Read back by the library's reader: the sheets by name, a header row in Latvian, dates as dates.
        using var workbook = new MemoryStream(xlsx);
        Assert.Equal(["Idejas", "Ideju vēsture", "Pasākumi"], MiniExcel.GetSheetNames(workbook));
        var idea = (IDictionary<string, object>)Assert.Single(MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "Idejas"));
        Assert.Equal(
            (1d, "apstiprināta", "Publiskā telpa", "Скамейки у Даугавы", 1d, "Telegram", "krievu"),
            (idea["Nr."], idea["Statuss"], idea["Tēma"], idea["Nosaukums"], idea["Atbalsta balsis"], idea["Autora lietotne"], idea["Autora valoda"]));
        Assert.IsType<DateTime>(idea["Iesniegta"]);
        var change = (IDictionary<string, object>)Assert.Single(MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "Ideju vēsture"));
        Assert.Equal("apstiprināta", change["Statuss"]);

        coordinator.Says("/export csv");
        var csv = Assert.Single((await coordinator.NextAsync()).Files).Value;
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var rows = ParseCsv(csv);
        Assert.Equal(["1", "Approved", "public-space", "Скамейки у Даугавы", "1", "Telegram", "ru"], [rows[1][0], rows[1][2], rows[1][4], rows[1][5], rows[1][8], rows[1][12], rows[1][13]]);
        // The place, rounded to about 100 m, as the author shared it.
        Assert.Equal(["latitude", "longitude", "place"], rows[0][14..17]);
        Assert.Equal(["55.875", "26.536", "Krastmala, Rīgas iela 1"], rows[1][14..17]);
        Assert.Single((await coordinator.NextAsync()).Files);
    }

    [Fact]
    public async Task AModeratorPressInTheGroup_IsAuthorisedByThePersonWhoPressed()
    {
        await author.OnboardAsync("ru");
        await SubmitWithPhotoAsync(author, "Velojoslas", "Jaunas velojoslas.");
        var groupCard = await Api.WaitForCallAsync(c => c.ChatId == "-100555");
        var stranger = new TelegramUser(Api, 1003, languageCode: "en");

        stranger.PressesInGroup(ModerationGroup, groupCard.MessageId!.Value, "mod:ok:1");
        var refusal = await Api.WaitForCallAsync(c => c.ChatId == "-100555" && c.Method == "sendMessage", after: groupCard.Sequence);
        Assert.Equal("That is for the city’s coordinators only.", refusal.Text);
        Assert.Equal(IdeaStatus.Submitted, (await Bot.InScopeAsync(db => db.Ideas.SingleAsync())).Status);

        coordinator.PressesInGroup(ModerationGroup, groupCard.MessageId!.Value, "mod:no:1");
        var ask = await coordinator.NextAsync();
        Assert.Equal("Kāpēc noraidi ideju #1? Tavs paskaidrojums tiks nosūtīts autoram.", ask.Text);
        coordinator.Says("Tas jau ir plānots 2027. gadā.");

        Assert.Equal("Ideja #1: nav pieņemta ✓", (await coordinator.NextAsync()).Text);
        var redrawn = await Api.WaitForCallAsync(c => c.ChatId == "-100555" && c.Method == "editMessageReplyMarkup");
        Assert.Equal(groupCard.MessageId, redrawn.MessageId);
        Assert.Equal("Твоя идея #1 «Velojoslas» не принята. Комментарий координатора: Tas jau ir plānots 2027. gadā.", (await author.NextAsync()).Text);
    }

    [Fact]
    public async Task ARestartInTheMiddleOfAnIdea_ResumesAtTheSameStep()
    {
        await author.OnboardAsync("ru");
        author.Says("/idea");
        await author.NextAsync();
        author.Says("Фонтан");
        Assert.StartsWith("Теперь опиши её", (await author.NextAsync()).Text, StringComparison.Ordinal);

        await RestartBotAsync();

        author.Says("Вернуть фонтан в парк.");
        var theme = await author.NextAsync();
        Assert.Equal("К какой теме она подходит лучше всего?", theme.Text);
        Assert.Contains("idea:theme:public-space", theme.Payloads);
    }

    /// <summary>Typed instead of tapped: the question's own labels, in the person's language, are its presses on Telegram too.</summary>
    [Fact]
    public async Task LabelsTyped_AreThePresses_OfTheQuestionsOwnButtons()
    {
        await author.OnboardAsync("ru");
        author.Says("/idea");
        await author.NextAsync();
        author.Says("Каток");
        await author.NextAsync();
        author.Says("Зимний каток в центре.");
        await author.NextAsync();
        author.Says("спорт и отдых");
        await author.NextAsync(c => (c.Text ?? "").Contains("фото", StringComparison.Ordinal));
        author.Says("Пропустить");
        await author.NextAsync(c => (c.Text ?? "").StartsWith("📍", StringComparison.Ordinal));
        author.Says("пропустить");
        var preview = await author.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        author.Says("отправить");
        await author.NextAsync(c => (c.Text ?? "").Contains("#1", StringComparison.Ordinal));

        var idea = await Bot.InScopeAsync(db => db.Ideas.SingleAsync());
        Assert.Equal(("sport", null, null), (idea.ThemeKey, idea.PhotoRef, idea.Place));
        Assert.DoesNotContain("📍", preview.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitPressedTwiceQuickly_CreatesOneIdea()
    {
        await author.OnboardAsync("ru");
        author.Says("/idea");
        await author.NextAsync();
        author.Says("Каток");
        await author.NextAsync();
        author.Says("Зимний каток в центре.");
        await author.NextAsync();
        author.Presses("idea:theme:sport");
        await author.NextAsync();
        await author.NextAsync();
        author.Presses("idea:skip");
        await author.NextAsync(c => (c.Text ?? "").StartsWith("📍", StringComparison.Ordinal));
        author.Presses("idea:skip");
        var preview = await author.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        var submit = preview.Payloads[0];

        author.PressesOn(preview.MessageId!.Value, submit);
        author.PressesOn(preview.MessageId!.Value, submit);

        await WaitUntilAsync(() => Api.Calls.Count(c => c.ChatId == author.ChatId && c.Text?.Contains("#1", StringComparison.Ordinal) == true) >= 2);
        Assert.Equal(1, await Bot.InScopeAsync(db => db.Ideas.CountAsync()));
        Assert.Contains(Api.Calls, c => c.ChatId == author.ChatId && c.Text == "Идея #1 уже получена. 👍");
    }

    private static async Task<ApiCall> SubmitWithPhotoAsync(TelegramUser user, string title, string description)
    {
        user.Says("/idea");
        await user.NextAsync();
        user.Says(title);
        await user.NextAsync();
        user.Says(description);
        await user.NextAsync();
        user.Presses("idea:theme:public-space");
        await user.NextAsync();
        await user.NextAsync();
        user.SendsPhoto("AgAD-benches");
        await user.NextAsync(c => (c.Text ?? "").StartsWith("📍", StringComparison.Ordinal));
        // A venue, as Telegram sends one: its point and its name and address.
        user.SendsContent(new System.Text.Json.Nodes.JsonObject
        {
            ["location"] = new System.Text.Json.Nodes.JsonObject { ["latitude"] = 55.874721, ["longitude"] = 26.536111 },
            ["venue"] = new System.Text.Json.Nodes.JsonObject
            {
                ["location"] = new System.Text.Json.Nodes.JsonObject { ["latitude"] = 55.874721, ["longitude"] = 26.536111 },
                ["title"] = "Krastmala",
                ["address"] = "Rīgas iela 1",
            },
        });
        var preview = await user.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        Assert.Contains("📍 Krastmala, Rīgas iela 1 · 55.875, 26.536", preview.Text, StringComparison.Ordinal);
        Assert.Equal("sendPhoto", preview.Method);
        user.Presses(preview.Payloads[0]);
        await user.NextAsync();
        return await user.NextAsync();
    }

    private static List<string[]> ParseCsv(byte[] csv)
    {
        using var parser = new TextFieldParser(new MemoryStream(csv), Encoding.UTF8, detectEncoding: true) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

}

/// <summary>The suite on a SQLite file.</summary>
public sealed class IdeasOverTelegramTests : IdeasOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>The suite on PostgreSQL.</summary>
public sealed class IdeasOverTelegramOnPostgresTests : IdeasOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
