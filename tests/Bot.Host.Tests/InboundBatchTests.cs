using System.Net;
using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Texts;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Updates that arrive together are handled in one transaction, each in a savepoint of its own: a getUpdates
/// batch through the fake Bot API, and webhook calls posted at the same moment. One update failing undoes
/// that update alone; a redelivered batch has no second effect; one chat's updates keep their order.
/// </summary>
public sealed class InboundBatchTests : FakeApiTests
{
    [Fact]
    public async Task InOneBatch_TheUpdateThatFails_IsUndoneAlone_TheOthersAreKeptOnce_InTheirOrder_AndARedeliveryChangesNothing()
    {
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database, services =>
            services.AddScoped<IBot>(sp => new FailingAfterwards(ActivatorUtilities.CreateInstance<BotEngine>(sp), failFor: "6002")));
        var anna = new TelegramUser(Api, 6001, "lv");
        var boris = new TelegramUser(Api, 6002, "ru");
        var chris = new TelegramUser(Api, 6003, "en");

        Api.HoldUpdates();
        var updates = new[] { anna.Says("/start"), boris.Says("/start"), anna.PressesOn(1, $"{LanguageButtons.Prefix}:en"), chris.Says("/start") };
        Api.ReleaseUpdates();

        // Anna's press came after her /start, in the same batch, and found what her /start had written.
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], (await anna.NextAsync()).Payloads);
        await anna.NextAsync(c => c.Payloads.Contains(ConsentButtons.AcceptPayload));
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], (await chris.NextAsync()).Payloads);
        // Boris's /start was written and then failed: undone (no member row), and he is told.
        Assert.Equal(Phrasebook.For(Language.Ru).SomethingWentWrong, (await boris.NextAsync()).Text);
        var members = await bot.InScopeAsync(db => db.Members.AsNoTracking().OrderBy(m => m.ExternalId).ToListAsync());
        Assert.Equal([("6001", Language.En), ("6003", Language.En)], members.Select(m => (m.ExternalId, m.Language)));

        foreach (var update in updates)
        {
            Api.Redeliver(update);
        }

        // Anna's sentinel comes after the redeliveries, so they were handled before it; then their answers, had
        // there been any, were sent before the outbox was drained.
        await anna.ExpectSilenceAsync();
        await bot.OutboxDrainedAsync();
        boris.ExpectNoNewMessages();
        chris.ExpectNoNewMessages();
        // The four recorded before (Boris's apology with his), and the sentinel; none of the redeliveries.
        Assert.Equal(5, await bot.InScopeAsync(db => db.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task WebhookCallsAtTheSameMoment_ShareATransaction_AndEachIsAnsweredOnce()
    {
        const string Secret = "s3cret-webhook-token-1234";
        Api.Intercept = call => call.Method == "setWebhook" ? FakeBotApi.Ok(true) : null;
        await using var bot = await RunningBot.StartTelegramAsync(
            Api,
            Database,
            null,
            "--Telegram:Mode=Webhook",
            "--Telegram:WebhookUrl=https://bot.daugavpils.example/webhooks/telegram",
            $"--Telegram:WebhookSecret={Secret}",
            "--Logging:LogLevel:GenYCity.Bot.Host.Dispatch.WebhookBatches=Debug");
        using var http = new HttpClient();

        var chats = Enumerable.Range(7101, 40).ToList();
        var answers = await Task.WhenAll(chats.Select(async chat =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{bot.BaseUrl}/webhooks/telegram")
            {
                Content = new StringContent(TelegramWebhookTests.Update(chat, "/start", updateId: chat).ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }));

        // Each call was answered once its update was handled: every answer is in the outbox, to be sent.
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        await bot.OutboxDrainedAsync();
        Assert.All(chats, chat => Assert.Single(Api.Calls, c => c.IsDelivered && c.ChatId == $"{chat}"));
        var batches = bot.Logs.Lines.Where(l => l.Contains("webhook calls in one transaction", StringComparison.Ordinal)).ToList();
        Assert.True(batches.Count < chats.Count, $"{chats.Count} calls took {batches.Count} transactions");
    }

    /// <summary>Handles the message as the bot does, and then, for one person, fails.</summary>
    private sealed class FailingAfterwards(IBot inner, string failFor) : IBot
    {
        public async Task<IReadOnlyList<OutboundMessage>> HandleAsync(InboundMessage message, CancellationToken ct)
        {
            var outgoing = await inner.HandleAsync(message, ct);
            return message.UserId == failFor ? throw new InvalidOperationException("A bug, after the handler had written.") : outgoing;
        }

        public Task<OutboundMessage> ApologiseAsync(InboundMessage message, CancellationToken ct) => inner.ApologiseAsync(message, ct);

        public Task<OutboundMessage> WarnAboutFloodingAsync(InboundMessage message, CancellationToken ct) => inner.WarnAboutFloodingAsync(message, ct);
    }
}
