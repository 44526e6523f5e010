using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels.WhatsApp;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The WhatsApp channel's parts on their own: reading webhook bodies, laying out buttons, filling templates, checking settings.</summary>
public sealed class WhatsAppPartsTests
{
    [Fact]
    public void AWebhookBody_IsReadAsMessagesAndFailures_OfThisNumberOnly()
    {
        var anna = new WhatsAppUser(null!, "http://127.0.0.1/", "37120000001", "Anna");
        var value = anna.Message("interactive", new JsonObject
        {
            ["interactive"] = new JsonObject { ["type"] = "list_reply", ["list_reply"] = new JsonObject { ["id"] = "idea:theme:sport", ["title"] = "Sport" } },
        });
        var more = anna.Message("reaction", new JsonObject { ["reaction"] = new JsonObject { ["message_id"] = "wamid.x", ["emoji"] = "👍" } })["messages"]![0]!.DeepClone();
        var location = anna.Message("location", new JsonObject { ["location"] = new JsonObject { ["latitude"] = 56.95, ["longitude"] = 24.1, ["name"] = "Vienības laukums", ["address"] = "Rīgas iela 1" } })["messages"]![0]!.DeepClone();
        var video = anna.Message("video", new JsonObject { ["video"] = new JsonObject { ["id"] = "77" } })["messages"]![0]!.DeepClone();
        value["messages"]!.AsArray().Add(more);
        value["messages"]!.AsArray().Add(location);
        value["messages"]!.AsArray().Add(video);
        value["statuses"] = new JsonArray(
            new JsonObject { ["id"] = "wamid.out1", ["status"] = "delivered", ["recipient_id"] = "37120000001" },
            new JsonObject { ["id"] = "wamid.out2", ["status"] = "failed", ["recipient_id"] = "37120000001" },
            new JsonObject
            {
                ["id"] = "wamid.out3",
                ["status"] = "failed",
                ["recipient_id"] = "37120000001",
                ["errors"] = new JsonArray(new JsonObject { ["code"] = 131026, ["title"] = "Message undeliverable" }),
            });

        using var ours = JsonDocument.Parse(WhatsAppUser.Body(value).ToJsonString());
        using var theirs = JsonDocument.Parse(WhatsAppUser.Body((JsonObject)value.DeepClone(), phoneNumberId: "999").ToJsonString());
        var (messages, failures) = WhatsAppUpdates.Read(ours.RootElement, FakeCloudApi.PhoneNumberId)!.Value;

        Assert.Equal(
            [(InboundKind.Button, "idea:theme:sport"), (InboundKind.Location, null), (InboundKind.Unsupported, null)],
            messages.Select(m => (m.Kind, m.Payload)));
        Assert.All(messages, m => Assert.Equal((ChannelKind.WhatsApp, "37120000001", "37120000001", "Anna"), (m.Channel, m.ChatId, m.UserId, m.DisplayName)));
        Assert.StartsWith("whatsapp:wamid.in", messages[0].UpdateKey, StringComparison.Ordinal);
        Assert.Equal(new SharedLocation(56.95, 24.1, "Vienības laukums, Rīgas iela 1"), messages[1].Location);
        Assert.Equal([("wamid.out2", (int?)null, false), ("wamid.out3", 131026, true)], failures.Select(f => (f.MessageId, f.ErrorCode, f.MeansUnreachable)));
        Assert.Empty(WhatsAppUpdates.Read(theirs.RootElement, FakeCloudApi.PhoneNumberId)!.Value.Messages);
        using var page = JsonDocument.Parse("""{"object":"page","entry":[]}""");
        Assert.Null(WhatsAppUpdates.Read(page.RootElement, FakeCloudApi.PhoneNumberId));
    }

    [Theory]
    [InlineData(0, new[] { "text" })]
    [InlineData(3, new[] { "button" })]
    [InlineData(4, new[] { "list" })]
    [InlineData(10, new[] { "list" })]
    [InlineData(13, new[] { "list", "button" })]
    public void Buttons_AreReplyButtonsUpToThree_AListUpToTen_AndTheRestReplyButtonsUnderIt(int count, string[] shapes)
    {
        var buttons = Enumerable.Range(1, count).Select(i => new Button($"Choice number {i} with a long label", $"x:{i}")).ToList();

        var messages = WhatsAppSender.Render("Pick one", buttons, Language.Lv).ToList();

        Assert.Equal(shapes, messages.Select(m => m["interactive"]?["type"]?.GetValue<string>() ?? m["type"]!.GetValue<string>()));
        var ids = messages.SelectMany(Choices).Select(c => c["id"]!.GetValue<string>()).ToList();
        Assert.Equal(buttons.Select(b => b.Payload), ids);
        Assert.All(messages.Where(m => m["interactive"]?["type"]?.GetValue<string>() == "button").SelectMany(Choices),
            reply => Assert.InRange(reply["title"]!.GetValue<string>().Length, 1, 20));
        foreach (var row in messages.Where(m => m["interactive"]?["type"]?.GetValue<string>() == "list").SelectMany(Choices))
        {
            Assert.InRange(row["title"]!.GetValue<string>().Length, 1, 24);
            // The whole label under a title that had to cut it.
            Assert.StartsWith("Choice number", row["description"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        if (count > 3)
        {
            Assert.Equal("☰ Izvēlēties", messages[0]["interactive"]!["action"]!["button"]!.GetValue<string>());
        }
    }

    [Fact]
    public void ReplyButtonsWhoseTitlesAreAlikeOnceCut_AreToldApart()
    {
        Button[] buttons = [new("Jauniešu domes sēde par budžetu", "rsvp:go:1"), new("Jauniešu domes sēde par parkiem", "rsvp:go:2")];

        var titles = WhatsAppSender.Render("Kurā?", buttons, Language.Lv).Single()["interactive"]!["action"]!["buttons"]!.AsArray()
            .Select(b => b!["reply"]!["title"]!.GetValue<string>()).ToList();

        Assert.Equal(2, titles.Distinct().Count());
        Assert.All(titles, title => Assert.InRange(title.Length, 1, WhatsAppSender.MaxReplyTitle));
        Assert.EndsWith(" 2", titles[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ALongTextWithButtons_IsSplit_SoTheButtonsMessageKeepsWithin1024Characters()
    {
        var text = string.Join(' ', Enumerable.Repeat("vārds", 1500));

        var messages = WhatsAppSender.Render(text, [new Button("Jā", "y:1"), new Button("Nē", "n:1")], Language.Lv).ToList();

        Assert.All(messages.Take(messages.Count - 1), m => Assert.InRange(m["text"]!["body"]!.GetValue<string>().Length, 1, 4096));
        Assert.InRange(messages[^1]["interactive"]!["body"]!["text"]!.GetValue<string>().Length, 1, 1024);
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(messages.Select(m => (m["text"]?["body"] ?? m["interactive"]!["body"]!["text"])!.GetValue<string>())).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void ATemplate_IsFilledInTheSettingsOrder_OneLineEach_WithinMetasLimits()
    {
        var options = new WhatsAppOptions();
        options.Templates["reminder"] = new() { ["ru"] = new() { Name = "genycity_reminder_ru", Parameters = ["title", "when", "text"] } };
        using var limit = new BusinessInitiatedLimit(null!, Options.Create(options), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<BusinessInitiatedLimit>.Instance);
        var templates = new WhatsAppTemplates(Options.Create(options), limit);
        var fill = WindowTemplate.Of(WindowTemplate.Reminder, $"⏰ <b>Совет</b>\n\n{new string('я', 2000)}", ("title", "Совет &amp; ко"), ("when", "завтра в 18:00"));

        var body = templates.Fill(fill, Language.Ru)!;

        Assert.Null(templates.Fill(fill, Language.Lv));
        Assert.Equal(("genycity_reminder_ru", "ru"), (body["name"]!.GetValue<string>(), body["language"]!["code"]!.GetValue<string>()));
        var values = body["components"]![0]!["parameters"]!.AsArray().Select(p => p!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Совет & ко", "завтра в 18:00"], values[..2]);
        Assert.StartsWith("⏰ Совет · яяя", values[2], StringComparison.Ordinal);
        Assert.DoesNotContain('\n', string.Concat(values));
        Assert.InRange(values.Sum(v => v.Length), 1, WhatsAppTemplates.MaxValuesLength);
    }

    [Fact]
    public void TemplateSettings_ThatNameNoKindOrValueOfIt_AreRefusedAtStart()
    {
        var options = new WhatsAppOptions { AccessToken = "t", AppSecret = "s", VerifyToken = "v", PhoneNumberId = "123" };
        options.Templates["announcement"] = new() { ["lv"] = new() { Name = "News LV", Parameters = ["text", "title"] } };
        options.Templates["gossip"] = new() { ["lv"] = new() { Name = "gossip_lv" } };

        var problems = options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage).ToList();

        Assert.Contains(problems, p => p!.StartsWith("WhatsApp:Templates:gossip is not a kind", StringComparison.Ordinal));
        Assert.Contains(problems, p => p!.StartsWith("WhatsApp:Templates:announcement:lv:Name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p!.Contains("'title' is not one of a announcement template's values", StringComparison.Ordinal));
        Assert.Equal(3, problems.Count);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("lv")]
    [InlineData("ru")]
    [InlineData("pl")]
    public void TheListButtonAndTheMoreChoicesLine_FitWhatsApp_InEveryLanguage(string language)
    {
        var w = WhatsAppTexts.For(new Language(language));

        Assert.InRange(w.ListButton.Length, 1, WhatsAppSender.MaxReplyTitle);
        Assert.InRange(w.MoreChoices.Length, 1, WhatsAppSender.MaxInteractiveText);
    }

    private static IEnumerable<JsonNode> Choices(JsonObject message)
    {
        var action = message["interactive"]?["action"];
        return action?["buttons"] is JsonArray buttons
            ? buttons.Select(b => b!["reply"]!)
            : (action?["sections"]?.AsArray() ?? []).SelectMany(s => s!["rows"]!.AsArray()).Select(r => r!);
    }
}
