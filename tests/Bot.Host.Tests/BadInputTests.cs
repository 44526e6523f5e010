using System.Net;
using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Tests;

/// <summary>One running bot (Telegram and Messenger) for the whole bad-input suite; each case has its own person.</summary>
public sealed class BadInputBot : BotTest
{
    private long nextPerson = 6000;

    public string MessengerWebhook => $"{Bot.BaseUrl}/webhooks/messenger";

    protected override bool UsesGraph => true;

    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", "--Abuse:MaxMessages=1000", .. MessengerChat];

    protected override Task ArrangeAsync() => Bot.InScopeAsync(async db =>
    {
        var author = Consented(ChannelKind.Telegram, "5999", Language.Lv);
        db.Members.Add(author);
        await db.SaveChangesAsync();
        var idea = Idea.Submit(author, "Soliņi pie Daugavas", "Vairāk soliņu.", "public-space", null, "seed", DateTimeOffset.UtcNow);
        idea.MoveTo(IdeaStatus.Approved, null, null, DateTimeOffset.UtcNow);
        db.Ideas.Add(idea);
        db.Events.Add(CityEvent.Publish("Jauniešu dome", DateTimeOffset.UtcNow.AddDays(5), "Vienības iela 1", "…", null, author, DateTimeOffset.UtcNow));
        return await db.SaveChangesAsync();
    });

    /// <summary>A new person who has already consented, writing in English on Telegram.</summary>
    public async Task<TelegramUser> PersonAsync()
    {
        var id = Interlocked.Increment(ref nextPerson);
        await Bot.InScopeAsync(async db =>
        {
            db.Members.Add(Consented(ChannelKind.Telegram, $"{id}", Language.En));
            return await db.SaveChangesAsync();
        });
        return new TelegramUser(Api, id, "en");
    }

    public async Task<MessengerUser> MessengerPersonAsync()
    {
        var id = $"psid-{Interlocked.Increment(ref nextPerson)}";
        await Bot.InScopeAsync(async db =>
        {
            db.Members.Add(Consented(ChannelKind.Messenger, id, Language.En));
            return await db.SaveChangesAsync();
        });
        return new MessengerUser(Graph, MessengerWebhook, id);
    }

    /// <summary>Everything a bad input must leave alone, in one comparable value.</summary>
    public Task<string> SnapshotAsync() => Bot.InScopeAsync(async db =>
    {
        var idea = await db.Ideas.AsNoTracking().SingleAsync(i => i.SubmissionKey == "seed");
        return string.Join(
            "|",
            await db.Ideas.CountAsync(),
            await db.IdeaSupports.CountAsync(),
            await db.IdeaReports.CountAsync(),
            await db.Events.CountAsync(),
            await db.Rsvps.CountAsync(),
            await db.Broadcasts.CountAsync(),
            idea.Status,
            idea.SupportCount,
            idea.IsHidden);
    });

    private static Member Consented(ChannelKind channel, string id, Language language)
    {
        var member = new Member(channel, id, id, language, DateTimeOffset.UtcNow);
        member.ChooseLanguage(language);
        member.GiveConsent(DateTimeOffset.UtcNow);
        return member;
    }
}

/// <summary>
/// Bad input through the real host, over the fake Bot API and signed Messenger webhooks: each case checks
/// the answer the person gets and that nothing else changed.
/// </summary>
public sealed class BadInputTests(BadInputBot fixture) : IClassFixture<BadInputBot>
{
    private const string TooLongTitle = "Too long (121/120). Please shorten it.";
    private const string Empty = "That’s empty — please write a few words.";
    private const string NeedsText = "I need text here.";
    private const string Unsupported = "I can read text and buttons here (and a photo when you add one to an idea). Send /help to see what I can do.";
    private const string IdeaGone = "That idea is no longer available.";
    private const string EventGone = "That event is not available.";
    private const string Stale = "That button is no longer active. Here is the menu instead.";
    private const string CoordinatorsOnly = "That is for the city’s coordinators only.";

    private RunningBot Bot => fixture.Bot;

    public static TheoryData<string, string> TitleAnswers => new()
    {
        { new string('a', 121), TooLongTitle },
        { string.Concat(Enumerable.Repeat("🚲", 121)), TooLongTitle },
        { "   ", Empty },
        { "\n\t \n", Empty },
        { "\u200B\u200D\u2060", Empty },
        { "\u202E\u200F", Empty },
        { "\u0000\u0007\u001B[31m\u001B[0m", Empty },
        // One letter under 3,000 combining marks is one character to the eye, and 3,001 UTF-16 units.
        { "a" + new string('\u0301', 3000), "Too long (750/120)" },
    };

    [Fact]
    public async Task ControlCharactersAndTerminalEscapes_AreTakenOut_BeforeAnythingIsStored()
    {
        var person = await StartIdeaAsync();

        person.Says("Par\u0000ks\u0007 ar \u001B[31msoliņiem\u001B[0m\r\npie upes");
        await person.NextAsync();

        var draft = await Bot.InScopeAsync(db => db.Conversations.SingleAsync(c => db.Members.Any(m => m.Id == c.MemberId && m.ExternalId == person.ChatId)));
        Assert.Equal("Parks ar soliņiem\npie upes", System.Text.Json.JsonDocument.Parse(draft.DraftJson).RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(TitleAnswers))]
    public async Task ABadTitle_IsRefusedWithTheReason_AndAskedAgain(string title, string answer)
    {
        var person = await StartIdeaAsync();
        var before = await fixture.SnapshotAsync();

        person.Says(title);

        Assert.Contains(answer, (await person.NextAsync()).Text, StringComparison.Ordinal);
        Assert.Equal(nameof(IdeaStep.Title), await StepAsync(person));
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Fact]
    public async Task AnOverLongDescription_IsRefused()
    {
        var person = await StartIdeaAsync();
        person.Says("Parks");
        await person.NextAsync();

        person.Says(new string('ā', 2001));

        Assert.Contains("Too long (2001/2000)", (await person.NextAsync()).Text, StringComparison.Ordinal);
        Assert.Equal(nameof(IdeaStep.Description), await StepAsync(person));
    }

    public static TheoryData<string> NonText => ["sticker", "photo", "voice", "location"];

    [Theory]
    [MemberData(nameof(NonText))]
    public async Task SomethingThatIsNotText_WhereTextIsAsked_IsRefused(string kind)
    {
        var person = await StartIdeaAsync();
        var before = await fixture.SnapshotAsync();

        person.SendsContent(Content(kind));

        Assert.Contains(NeedsText, (await person.NextAsync()).Text, StringComparison.Ordinal);
        Assert.Equal(nameof(IdeaStep.Title), await StepAsync(person));
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    public static TheoryData<string> Titles =>
    [
        "<b>Bold</b> & <script>alert(1)</script>",
        "*bold* _it_ `code` [x](http://example.com) ~strike~ ||spoiler||",
        "'; DROP TABLE Ideas; --",
        "مرحبا بالعالم — حديقة جديدة",
        "🚲🌳 Velo parks 👍🏽👨‍👩‍👧",
        "Par\u200Bks ar\u00A0soliņiem",
        "Ω ≠ ∑ \\ / \" ' `",
    ];

    [Theory]
    [MemberData(nameof(Titles))]
    public async Task OddButValidText_IsStoredVerbatim_AndEchoedSafely(string title)
    {
        var person = await StartIdeaAsync();
        person.Says(title);
        await person.NextAsync();
        person.Says("Apraksts.");
        await person.PastSimilarIdeasAsync();
        person.Presses("idea:theme:other");
        await person.NextAsync(c => c.Payloads.Contains("idea:skip"));
        person.Presses("idea:skip");
        await person.NextAsync(c => (c.Text ?? "").StartsWith("📍", StringComparison.Ordinal));
        person.Presses("idea:skip");

        var preview = await person.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        Assert.Contains(Markup.Escape(title), preview.Text, StringComparison.Ordinal);
        person.Presses(preview.Payloads.First(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        await person.NextAsync(c => c.Text?.Contains("received", StringComparison.Ordinal) == true);
        Assert.Equal(title, await Bot.InScopeAsync(db => db.Ideas.Where(i => i.AuthorId != null && db.Members.Any(m => m.Id == i.AuthorId && m.ExternalId == person.ChatId)).Select(i => i.Title).SingleAsync()));
    }

    public static TheoryData<string> UnsupportedKinds =>
        ["sticker", "voice", "video", "video_note", "audio", "document", "location", "contact", "poll", "dice", "animation", "venue"];

    [Theory]
    [MemberData(nameof(UnsupportedKinds))]
    public async Task EveryUnsupportedMessageType_GetsTheHelpfulAnswer(string kind)
    {
        var person = await fixture.PersonAsync();
        var before = await fixture.SnapshotAsync();

        person.SendsContent(Content(kind));

        Assert.Equal(Unsupported, (await person.NextAsync()).Text);
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    public static TheoryData<string, string> ForgedButtons => new()
    {
        // A payload that is not one the bot makes is a stale button, before any handler sees it;
        // a well-made one for something that is gone says what is gone.
        { "vote:up:" + new string('9', 70), Stale },
        { "vote:up:abc", Stale },
        { "vote:up:99999", IdeaGone },
        { "vote:up:-1", Stale },
        { "vote:flag:1:extra", Stale },
        { "mod:ok:1", CoordinatorsOnly },
        { "mod:no:1", CoordinatorsOnly },
        { "rsvp:go:999", EventGone },
        { "rsvp:go:abc", Stale },
        { "zzz:1", Stale },
        { "", Stale },
        { "dg:x:1", Stale },
        { "forget:maybe", Stale },
    };

    [Theory]
    [MemberData(nameof(ForgedButtons))]
    public async Task AForgedOrStaleButton_GetsAPoliteAnswer_AndChangesNothing(string payload, string answer)
    {
        var person = await fixture.PersonAsync();
        var before = await fixture.SnapshotAsync();

        person.PressesOn(1, payload);

        Assert.Contains(answer, (await person.NextAsync(c => c.Method == "sendMessage")).Text, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Fact]
    public async Task AButtonUnderADeletedIdea_GetsAPoliteAnswer()
    {
        var person = await fixture.PersonAsync();
        var gone = await Bot.InScopeAsync(async db =>
        {
            var author = await db.Members.FirstAsync();
            var idea = Idea.Submit(author, "Drīz dzēsta", "…", "other", null, $"gone{person.ChatId}", DateTimeOffset.UtcNow);
            idea.MoveTo(IdeaStatus.Approved, null, null, DateTimeOffset.UtcNow);
            db.Ideas.Add(idea);
            await db.SaveChangesAsync();
            await db.Ideas.Where(i => i.Id == idea.Id).ExecuteDeleteAsync();
            return idea.Id;
        });
        var before = await fixture.SnapshotAsync();

        person.PressesOn(1, $"vote:up:{gone}");

        Assert.Equal(IdeaGone, (await person.NextAsync()).Text);
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    public static TheoryData<string> CoordinatorCommands => ["/pending", "/export", "/announce", "/newevent", "/stats"];

    [Theory]
    [MemberData(nameof(CoordinatorCommands))]
    public async Task ACoordinatorCommand_FromSomeoneElse_IsRefused(string command)
    {
        var person = await fixture.PersonAsync();
        var before = await fixture.SnapshotAsync();

        person.Says(command);

        Assert.Contains(CoordinatorsOnly, (await person.NextAsync()).Text, StringComparison.Ordinal);
        Assert.Null(await StepAsync(person));
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Theory]
    [InlineData("/HELP")]
    [InlineData("/help@genycity_test_bot")]
    [InlineData("   /help   ")]
    public async Task ACommandInAnotherCase_OrAddressedToTheBot_IsUnderstood(string command)
    {
        var person = await fixture.PersonAsync();

        person.Says(command);

        Assert.Contains("/idea", (await person.NextAsync()).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/start event_99999999999999999999999")]
    [InlineData("/start event_-5")]
    [InlineData("/start ../../etc/passwd")]
    public async Task AStrangeStartLink_StillStarts(string text)
    {
        var person = await fixture.PersonAsync();
        var before = await fixture.SnapshotAsync();

        person.Says(text);

        Assert.NotNull((await person.NextAsync()).Text);
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Fact]
    public async Task AVeryLongMessage_OutsideAConversation_GetsTheMenu()
    {
        var person = await fixture.PersonAsync();

        person.Says(new string('x', 4096));

        Assert.StartsWith("Sorry, I didn’t understand that.", (await person.NextAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplayedUpdate_IsAnsweredOnce()
    {
        var person = await fixture.PersonAsync();
        var update = person.Says("/help");
        await person.NextAsync();

        fixture.Api.Redeliver(update);

        await person.ExpectSilenceAsync();
    }

    [Theory]
    [InlineData("edited_message")]
    [InlineData("channel_post")]
    [InlineData("edited_channel_post")]
    public async Task UpdatesTheBotDoesNotActOn_AreIgnored(string kind)
    {
        var person = await fixture.PersonAsync();
        var before = await fixture.SnapshotAsync();

        fixture.Api.EnqueueUpdate(new JsonObject
        {
            [kind] = new JsonObject
            {
                ["message_id"] = 77,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = long.Parse(person.ChatId, System.Globalization.CultureInfo.InvariantCulture), ["type"] = kind.Contains("channel", StringComparison.Ordinal) ? "channel" : "private" },
                ["from"] = new JsonObject { ["id"] = long.Parse(person.ChatId, System.Globalization.CultureInfo.InvariantCulture), ["is_bot"] = false, ["first_name"] = "A" },
                ["text"] = "/idea",
            },
        });

        await person.ExpectSilenceAsync();
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Fact]
    public async Task TwoSubmitPressesAtOnce_OnMessenger_MakeOneIdea()
    {
        var person = await fixture.MessengerPersonAsync();
        await person.Says("/idea");
        await person.NextAsync();
        await person.Says("Divreiz");
        await person.NextAsync();
        await person.Says("Nospiests divreiz vienlaikus.");
        await person.NextAsync();
        await person.Taps("idea:theme:other");
        await person.NextAsync(c => c.Payloads.Contains("idea:skip"));
        await person.Taps("idea:skip");
        await person.NextAsync(c => (c.Text ?? "").StartsWith("📍", StringComparison.Ordinal));
        await person.Taps("idea:skip");
        var preview = await person.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        var submit = preview.Payloads.First(p => p.StartsWith("idea:submit:", StringComparison.Ordinal));

        await Task.WhenAll(person.Taps(submit), person.Taps(submit));

        // Each press was handled before its webhook call was answered: one submits, the other is told so.
        var answers = new[] { (await person.NextAsync()).Text, (await person.NextAsync()).Text };
        var number = await Bot.InScopeAsync(db => db.Ideas.Where(i => i.Title == "Divreiz").Select(i => i.Id).SingleAsync());
        Assert.Equal(
            [Domain.Texts.Phrasebook.For(Language.En).IdeaAlreadyReceived(number), Domain.Texts.Phrasebook.For(Language.En).IdeaReceived(number)],
            answers.Order(StringComparer.Ordinal));
        await person.ExpectSilenceAsync();
    }

    [Fact]
    public async Task AForgedCoordinatorButton_OnMessenger_IsRefused()
    {
        var person = await fixture.MessengerPersonAsync();
        var before = await fixture.SnapshotAsync();

        await person.Taps("mod:ok:1");

        Assert.Contains(CoordinatorsOnly, (await person.NextAsync()).Text, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Fact]
    public async Task AnUnsupportedAttachment_OnMessenger_GetsTheHelpfulAnswer()
    {
        var person = await fixture.MessengerPersonAsync();
        var body = MessengerUser.Body(new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = person.Psid },
            ["recipient"] = new JsonObject { ["id"] = MessengerUser.PageId },
            ["timestamp"] = 1,
            ["message"] = new JsonObject
            {
                ["mid"] = $"m_audio_{person.Psid}",
                ["attachments"] = new JsonArray(new JsonObject { ["type"] = "audio", ["payload"] = new JsonObject { ["url"] = "https://cdn.example/a.mp4" } }),
            },
        }).ToJsonString();

        Assert.Equal(HttpStatusCode.OK, (await MessengerUser.PostRawAsync(fixture.MessengerWebhook, body, MessengerUser.Sign(body))).StatusCode);
        Assert.Equal(Unsupported, (await person.NextAsync()).Text);

        // Facebook retries: the same message id again is not answered twice.
        Assert.Equal(HttpStatusCode.OK, (await MessengerUser.PostRawAsync(fixture.MessengerWebhook, body, MessengerUser.Sign(body))).StatusCode);
        await person.ExpectSilenceAsync();
    }

    [Fact]
    public async Task TheEchoOfThePagesOwnMessage_IsIgnored()
    {
        var person = await fixture.MessengerPersonAsync();
        var body = MessengerUser.Body(new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = person.Psid },
            ["recipient"] = new JsonObject { ["id"] = MessengerUser.PageId },
            ["timestamp"] = 1,
            ["message"] = new JsonObject { ["mid"] = "m_echo", ["is_echo"] = true, ["text"] = "/idea" },
        }).ToJsonString();

        Assert.Equal(HttpStatusCode.OK, (await MessengerUser.PostRawAsync(fixture.MessengerWebhook, body, MessengerUser.Sign(body))).StatusCode);
        await person.ExpectSilenceAsync();
    }

    [Fact]
    public async Task ASignedMessengerBodyThatIsNotUnicode_IsRefused_AndChangesNothing()
    {
        var person = await fixture.MessengerPersonAsync();
        var before = await fixture.SnapshotAsync();
        var calls = fixture.Graph.Messages.Count;
        string Body(string text) => MessengerUser.Body(new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = person.Psid },
            ["recipient"] = new JsonObject { ["id"] = MessengerUser.PageId },
            ["timestamp"] = 1,
            ["message"] = new JsonObject { ["mid"] = $"m_bad_{text.Length}", ["text"] = "PLACE" },
        }).ToJsonString().Replace("PLACE", text, StringComparison.Ordinal);

        // A lone surrogate, escaped; then bytes that are not UTF-8 at all (0xC3 0x28) inside the text.
        var loneSurrogate = Body(@"\ud800 sveiki");
        var notUtf8 = System.Text.Encoding.UTF8.GetBytes(Body("XX"));
        var at = Array.IndexOf(notUtf8, (byte)'X');
        (notUtf8[at], notUtf8[at + 1]) = (0xC3, 0x28);

        Assert.Equal(HttpStatusCode.BadRequest, (await MessengerUser.PostRawAsync(fixture.MessengerWebhook, loneSurrogate, MessengerUser.Sign(loneSurrogate))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MessengerUser.PostBytesAsync(fixture.MessengerWebhook, notUtf8)).StatusCode);
        Assert.Equal(before, await fixture.SnapshotAsync());
        Assert.Equal(calls, fixture.Graph.Messages.Count);
    }

    public static TheoryData<string, string, HttpStatusCode> BadWebhookBodies => new()
    {
        { "{not json", "application/json", HttpStatusCode.BadRequest },
        { "[]", "application/json", HttpStatusCode.BadRequest },
        { """{"object":"page","entry":"nope"}""", "application/json", HttpStatusCode.BadRequest },
        { """{"object":"page","entry":[]}""", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { """{"object":"page","entry":[]}""", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType },
        { new string(' ', 4 * 1024 * 1024), "application/json", HttpStatusCode.RequestEntityTooLarge },
    };

    [Theory]
    [MemberData(nameof(BadWebhookBodies))]
    public async Task ABadMessengerWebhookBody_IsRefused_AndChangesNothing(string body, string contentType, HttpStatusCode expected)
    {
        var before = await fixture.SnapshotAsync();
        var calls = fixture.Graph.Messages.Count;

        var response = await MessengerUser.PostRawAsync(fixture.MessengerWebhook, body, MessengerUser.Sign(body), contentType);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, await fixture.SnapshotAsync());
        Assert.Equal(calls, fixture.Graph.Messages.Count);
    }

    private async Task<TelegramUser> StartIdeaAsync()
    {
        var person = await fixture.PersonAsync();
        person.Says("/idea");
        await person.NextAsync();
        Assert.Equal(nameof(IdeaStep.Title), await StepAsync(person));
        return person;
    }

    private Task<string?> StepAsync(TelegramUser person) => Bot.InScopeAsync(db =>
        db.Conversations.Where(c => db.Members.Any(m => m.Id == c.MemberId && m.ExternalId == person.ChatId)).Select(c => c.Step).SingleOrDefaultAsync());

    /// <summary>A message of the given kind, with the fields Telegram sends for it.</summary>
    private static JsonObject Content(string kind)
    {
        JsonObject File(string id) => new() { ["file_id"] = id, ["file_unique_id"] = id + "u" };
        return kind switch
        {
            "sticker" => new JsonObject { ["sticker"] = new JsonObject { ["file_id"] = "st", ["file_unique_id"] = "stu", ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false } },
            "photo" => new JsonObject { ["photo"] = new JsonArray(new JsonObject { ["file_id"] = "ph", ["file_unique_id"] = "phu", ["width"] = 90, ["height"] = 90 }) },
            "voice" => new JsonObject { ["voice"] = WithDuration(File("vo")) },
            "video" => new JsonObject { ["video"] = WithSize(WithDuration(File("vi"))) },
            "video_note" => new JsonObject { ["video_note"] = WithDuration(File("vn")).Also("length", 240) },
            "audio" => new JsonObject { ["audio"] = WithDuration(File("au")) },
            "document" => new JsonObject { ["document"] = File("do").Also("file_name", "plan.pdf") },
            "location" => new JsonObject { ["location"] = new JsonObject { ["latitude"] = 55.87, ["longitude"] = 26.53 } },
            "venue" => new JsonObject
            {
                ["location"] = new JsonObject { ["latitude"] = 55.87, ["longitude"] = 26.53 },
                ["venue"] = new JsonObject { ["location"] = new JsonObject { ["latitude"] = 55.87, ["longitude"] = 26.53 }, ["title"] = "Parks", ["address"] = "Rīgas iela 1" },
            },
            "contact" => new JsonObject { ["contact"] = new JsonObject { ["phone_number"] = "+37120000000", ["first_name"] = "Jānis" } },
            "poll" => new JsonObject
            {
                ["poll"] = new JsonObject
                {
                    ["id"] = "1", ["question"] = "?", ["options"] = new JsonArray(new JsonObject { ["text"] = "a", ["voter_count"] = 0 }),
                    ["total_voter_count"] = 0, ["is_closed"] = false, ["is_anonymous"] = true, ["type"] = "regular", ["allows_multiple_answers"] = false,
                },
            },
            "dice" => new JsonObject { ["dice"] = new JsonObject { ["emoji"] = "🎲", ["value"] = 4 } },
            "animation" => new JsonObject { ["animation"] = WithSize(WithDuration(File("an"))), ["document"] = File("an") },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        static JsonObject WithDuration(JsonObject file) => file.Also("duration", 3);

        static JsonObject WithSize(JsonObject file) => file.Also("width", 320).Also("height", 240);
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject node, string key, JsonNode? value)
    {
        node[key] = value;
        return node;
    }
}
