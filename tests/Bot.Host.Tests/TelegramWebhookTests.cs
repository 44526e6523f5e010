using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GenYCity.Bot.Host.Tests.Fakes;

namespace GenYCity.Bot.Host.Tests;

/// <summary>Telegram in webhook mode: setWebhook with a secret at start, and only requests carrying that secret are taken.</summary>
public sealed class TelegramWebhookTests : BotTest
{
    private const string Secret = "s3cret-webhook-token-1234";

    protected override IEnumerable<string> Settings =>
    [
        "--Telegram:Mode=Webhook",
        "--Telegram:WebhookUrl=https://bot.daugavpils.example/webhooks/telegram",
        $"--Telegram:WebhookSecret={Secret}",
    ];

    protected override bool TelegramByWebhook => true;

    [Fact]
    public async Task TheWebhook_IsSetWithTheSecret_AndOnlyUpdatesCarryingItAreProcessed()
    {
        var setWebhook = await Api.WaitForCallAsync(c => c.Method == "setWebhook");
        Assert.Equal("https://bot.daugavpils.example/webhooks/telegram", setWebhook.Body["url"]!.ToString());
        Assert.Equal(Secret, setWebhook.Body["secret_token"]!.ToString());

        var update = Update(555, "/start").ToJsonString();
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(update, secret: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(update, "s3cret-webhook-token-1235")).StatusCode);
        // A good call behind them is answered once it is handled, and calls are handled in the order they come.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Update(556, "/start", updateId: 9556).ToJsonString(), Secret)).StatusCode);
        await Bot.OutboxDrainedAsync();
        Assert.Single(Api.Calls, c => c.ChatId == "556");
        Assert.DoesNotContain(Api.Calls, c => c.ChatId == "555");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(update, Secret)).StatusCode);
        var prompt = await Api.WaitForCallAsync(c => c.ChatId == "555" && c.Method == "sendMessage");
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], prompt.Payloads);

        // Telegram delivers again when unsure: the second copy changes nothing.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(update, Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("{not json", Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await PostAsync(update, Secret, "text/plain")).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(new string(' ', 4 * 1024 * 1024), Secret)).StatusCode);
        // The second copy was handled (as a duplicate) before its call was answered.
        await Bot.OutboxDrainedAsync();
        Assert.Single(Api.Calls, c => c.ChatId == "555");
        Assert.DoesNotContain(Api.Calls, c => c.Method == "getUpdates");
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? secret, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Bot.BaseUrl}/webhooks/telegram") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        // A server that refuses a body (413) answers before it is sent, rather than cutting the upload off.
        request.Headers.ExpectContinue = true;
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>A private message as Telegram posts it to a webhook.</summary>
    internal static JsonObject Update(long chat, string text, long updateId = 9001) => new()
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = updateId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private", ["first_name"] = "Ilze" },
            ["from"] = new JsonObject { ["id"] = chat, ["is_bot"] = false, ["first_name"] = "Ilze", ["language_code"] = "lv" },
            ["text"] = text,
        },
    };
}
