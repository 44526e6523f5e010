using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels.Telegram;
using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;

namespace GenYCity.Bot.Host.Tests;

/// <summary>How Telegram's answers become delivery outcomes, through real HTTP to the fake Bot API.</summary>
public sealed class TelegramSenderTests : IAsyncLifetime
{
    private FakeBotApi api = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        api = await FakeBotApi.StartAsync();
        http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task AMessage_IsSentAsHtml_WithItsButtons()
    {
        var result = await Sender().SendAsync(Message("<b>Hi</b> &amp; welcome") with { Buttons = [[new Button("Yes", "consent:yes")]] }, CancellationToken.None);

        var call = Assert.Single(api.Calls, c => c.Method == "sendMessage");
        Assert.Equal(new SendResult.Sent(call.ResultMessageId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), result);
        Assert.Equal("<b>Hi</b> &amp; welcome", call.Text);
        Assert.Equal("html", call.Body["parse_mode"]!.GetValue<string>().ToLowerInvariant());
        Assert.Equal(["consent:yes"], call.Payloads);
    }

    [Fact]
    public async Task ABlockedBot_MakesTheChatUnreachable()
    {
        api.Intercept = _ => FakeBotApi.Error(403, "Forbidden: bot was blocked by the user");

        var result = await Sender().SendAsync(Message("hello"), CancellationToken.None);

        Assert.IsType<SendResult.Unreachable>(result);
    }

    [Fact]
    public async Task ChatNotFound_MakesTheChatUnreachable()
    {
        api.Intercept = _ => FakeBotApi.Error(400, "Bad Request: chat not found");

        Assert.IsType<SendResult.Unreachable>(await Sender().SendAsync(Message("hello"), CancellationToken.None));
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterTelegramsStatedWait_NotInsideTheCall()
    {
        api.Intercept = _ => FakeBotApi.Error(429, "Too Many Requests: retry after 7", new JsonObject { ["retry_after"] = 7 });

        var result = await Sender().SendAsync(Message("hello"), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(7), Assert.IsType<SendResult.RetryLater>(result).After);
        Assert.Single(api.Calls);
    }

    [Fact]
    public async Task AServerError_IsRetriedLater()
    {
        api.Intercept = _ => FakeBotApi.Error(502, "Bad Gateway");

        Assert.IsType<SendResult.RetryLater>(await Sender().SendAsync(Message("hello"), CancellationToken.None));
    }

    [Fact]
    public async Task AnUnreachableServer_IsRetriedLater()
    {
        var client = TelegramRegistration.CreateClient(FakeBotApi.Token, "http://127.0.0.1:9", http);

        var result = await new TelegramSender(client, new TelegramBotIdentity(), Microsoft.Extensions.Options.Options.Create(new DeliveryOptions()), Redactor).SendAsync(Message("hello"), CancellationToken.None);

        Assert.IsType<SendResult.RetryLater>(result);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(502)]
    public async Task AnErrorThatEchoesTheRequestAddress_ComesBackWithoutTheToken(int status)
    {
        // Proxies and local Bot API servers put the address, token and all, into their error texts.
        api.Intercept = _ => FakeBotApi.Error(status, $"Bad Request: no route for /bot{FakeBotApi.Token}/sendMessage (%2Fbot{FakeBotApi.Token.Split(':')[1]})");

        var result = await Sender().SendAsync(Message("hello"), CancellationToken.None);

        var reason = result switch
        {
            SendResult.Failed failed => failed.Reason,
            SendResult.Unreachable unreachable => unreachable.Reason,
            SendResult.RetryLater retry => retry.Reason,
            _ => throw new InvalidOperationException(result.ToString()),
        };
        Assert.Contains("/bot[secret]/sendMessage", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApi.Token.Split(':')[1], reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupTelegramRefuses_IsSentAsPlainTextInstead()
    {
        api.Intercept = call => string.Equals(call.Body["parse_mode"]?.GetValue<string>(), "html", StringComparison.OrdinalIgnoreCase)
            ? FakeBotApi.Error(400, "Bad Request: can't parse entities: unexpected end tag")
            : null;

        var result = await Sender().SendAsync(Message("<b>Tom &amp; Jerry</b>"), CancellationToken.None);

        Assert.IsType<SendResult.Sent>(result);
        var plain = api.Calls[^1];
        Assert.Equal("Tom & Jerry", plain.Text);
        Assert.Null(plain.Body["parse_mode"]);
    }

    [Fact]
    public async Task AnEditOfAnUnchangedMessage_CountsAsDone()
    {
        api.Intercept = _ => FakeBotApi.Error(400, "Bad Request: message is not modified");

        var result = await Sender().SendAsync(Message("same") with { ReplacesMessageId = "15" }, CancellationToken.None);

        Assert.Equal(new SendResult.Sent("15"), result);
    }

    [Fact]
    public async Task AnEditOfAMessageThatIsGone_IsSentAsANewMessage()
    {
        api.Intercept = call => call.Method == "editMessageText" ? FakeBotApi.Error(400, "Bad Request: message to edit not found") : null;

        var result = await Sender().SendAsync(Message("updated") with { ReplacesMessageId = "15" }, CancellationToken.None);

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal(["editMessageText", "sendMessage"], api.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task RetiringButtons_EditsOnlyTheKeyboard()
    {
        await Sender().SendAsync(Message(string.Empty) with { ReplacesMessageId = "15", ButtonsOnly = true }, CancellationToken.None);

        var call = Assert.Single(api.Calls);
        Assert.Equal("editMessageReplyMarkup", call.Method);
        Assert.Equal(15, call.MessageId);
        Assert.Empty(call.Payloads);
    }

    [Fact]
    public async Task AText_LongerThanTelegramAllows_IsSplit_WithTheButtonsUnderTheLastPart()
    {
        var text = string.Join('\n', Enumerable.Range(1, 300).Select(i => $"#{i} <b>Idea number {i}</b> with some words"));

        var result = await Sender().SendAsync(Message(text) with { Buttons = [[new Button("Menu", "/help")]] }, CancellationToken.None);

        var parts = api.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Text!.Length, 1, TelegramSender.MaxTextLength));
        Assert.All(parts[..^1], p => Assert.Empty(p.Payloads));
        Assert.Equal(["/help"], parts[^1].Payloads);
        Assert.Equal(new SendResult.Sent(parts[^1].ResultMessageId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), result);
    }

    [Fact]
    public async Task ADocument_IsUploadedFromItsFile_WithTheTextAsCaption()
    {
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "id,title\n1,Soliņi");
        try
        {
            await Sender().SendAsync(Message("📄 All ideas") with { DocumentPath = file }, CancellationToken.None);
        }
        finally
        {
            File.Delete(file);
        }

        var call = Assert.Single(api.Calls);
        Assert.Equal(("sendDocument", "📄 All ideas"), (call.Method, call.Text));
        Assert.Equal("id,title\n1,Soliņi", System.Text.Encoding.UTF8.GetString(Assert.Single(call.Files).Value));
    }

    [Fact]
    public async Task APhoto_ByFileId_IsSentByReference_AndALongCaptionFollowsAsText()
    {
        var longText = new string('x', TelegramSender.MaxCaptionLength + 1);

        await Sender().SendAsync(Message(longText) with { PhotoRef = "AgAD-file-id", Buttons = [[new Button("Yes", "consent:yes")]] }, CancellationToken.None);

        Assert.Equal(["sendPhoto", "sendMessage"], api.Calls.Select(c => c.Method));
        Assert.Equal("AgAD-file-id", api.Calls[0].Body["photo"]!.GetValue<string>());
        Assert.Null(api.Calls[0].Text);
        Assert.Equal(["consent:yes"], api.Calls[1].Payloads);
    }

    private static SecretRedactor Redactor => new(
        [new Channels.ChatChannel(Domain.Messaging.ChannelKind.Telegram, _ => true) { Secrets = _ => TelegramRegistration.Secrets(new TelegramOptions { BotToken = FakeBotApi.Token }) }],
        PumpParts.NoServices,
        Microsoft.Extensions.Options.Options.Create(new Health.HealthOptions()),
        Microsoft.Extensions.Options.Options.Create(new Translation.TranslationOptions()));

    private TelegramSender Sender() =>
        new(TelegramRegistration.CreateClient(FakeBotApi.Token, api.BaseUrl, http), new TelegramBotIdentity(), Microsoft.Extensions.Options.Options.Create(new DeliveryOptions()), Redactor);

    private static OutboundMessage Message(string text) => new(new Recipient(ChannelKind.Telegram, "42"), text);
}
