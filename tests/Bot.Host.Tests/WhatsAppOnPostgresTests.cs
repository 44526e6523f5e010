using System.Net;
using System.Text.Json.Nodes;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// WhatsApp on two instances of the bot sharing one PostgreSQL database behind a load balancer: Meta's calls land on
/// either, a redelivered call may land on the other, and a person's next message on the other instance carries on.
/// </summary>
public sealed class WhatsAppOnPostgresTests : FakeApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override bool UsesTelegram => false;

    protected override bool UsesWhatsApp => true;

    [Fact]
    public async Task WebhookCallsSpreadOverTwoInstances_AreEachHandledOnce_AndAConversationCarriesOnAcrossThem()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();
        var people = Enumerable.Range(0, 20).Select(i => new WhatsAppUser(Cloud, Url(i % 2 == 0 ? first : second), $"3712100{i:D4}")).ToList();

        // Each /start posted to both instances at once, as a retry after a timeout may be: one answer each.
        var starts = people.Select(p => WhatsAppUser.Body(p.Message("text", new JsonObject { ["text"] = new JsonObject { ["body"] = "/start" } })).ToJsonString()).ToList();
        var answers = await Task.WhenAll(starts.SelectMany(body => new[] { first, second }.Select(bot => WhatsAppUser.PostRawAsync(Url(bot), body, WhatsAppUser.Sign(body)))));
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        // The language each picks goes to the instance that did not take their /start.
        var others = people.Select((p, i) => new WhatsAppUser(Cloud, Url(i % 2 == 0 ? second : first), p.WaId)).ToList();
        await Task.WhenAll(others.Select(p => p.Taps("lang:ru")));

        await first.OutboxDrainedAsync();
        Assert.All(people, p =>
        {
            Assert.Single(Cloud.Messages, c => c.To == p.WaId && c.Payloads.Contains("lang:ru"));
            Assert.Single(Cloud.Messages, c => c.To == p.WaId && c.Payloads.Contains("consent:yes"));
        });
        Assert.Equal(20, await first.InScopeAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Members, m => m.Language == Domain.Members.Language.Ru)));

        // Meta's later word that one of those notices could not be delivered, to either instance (and again to the other).
        var notice = Cloud.Messages.Last(c => c.To == people[0].WaId && c.Payloads.Contains("consent:yes"));
        await people[0].Failed(notice.MessageId!, 131026, "Message undeliverable");
        await others[0].Failed(notice.MessageId!, 131026, "Message undeliverable");
        var row = await second.InScopeAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Deliveries, d => d.SentMessageId == notice.MessageId));
        Assert.Equal((Delivery.DeliveryStatus.Unreachable, "131026 Message undeliverable"), (row.Status, row.LastError));
    }

    private static string Url(RunningBot bot) => $"{bot.BaseUrl}/webhooks/whatsapp";

    private Task<RunningBot> StartAsync() => RunningBot.StartAsync(Database, null, ["--Telegram:BotToken=", .. WhatsAppChat]);
}
