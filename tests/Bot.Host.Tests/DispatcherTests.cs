using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The unit of work, through the real host and a real SQLite file.</summary>
public sealed class DispatcherTests : FakeApiTests
{
    [Fact]
    public async Task WhenHandlingFails_NothingHalfDoneIsSaved_AndThePersonGetsAnApologyInTheirLanguage()
    {
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database, services =>
            services.AddScoped<IBot>(sp => new FailingAfterWork(ActivatorUtilities.CreateInstance<BotEngine>(sp))));
        var user = new TelegramUser(Api, 3001, languageCode: "ru");

        user.Says("/start");

        var apology = await user.NextAsync();
        Assert.Equal("Извини, у меня что-то пошло не так. Попробуй ещё раз чуть позже.", apology.Text);
        Assert.Equal(0, await bot.InScopeAsync(db => db.Members.CountAsync()));
        Assert.Equal(1, await bot.InScopeAsync(db => db.ProcessedUpdates.CountAsync()));
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("the person gets an apology", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", apology.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateTheProcessedMarkAndTheReplies_AreCommittedTogether()
    {
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database);
        var user = new TelegramUser(Api, 3002);

        user.Says("/start");
        await user.NextAsync();

        var (members, marks, deliveries) = await bot.InScopeAsync(async db =>
            (await db.Members.CountAsync(), await db.ProcessedUpdates.CountAsync(), await db.Deliveries.CountAsync()));
        Assert.Equal((1, 1, 1), (members, marks, deliveries));
    }

    /// <summary>Does the real work (the member row is added to the unit of work), then fails.</summary>
    private sealed class FailingAfterWork(BotEngine engine) : IBot
    {
        public async Task<IReadOnlyList<OutboundMessage>> HandleAsync(InboundMessage message, CancellationToken ct)
        {
            await engine.HandleAsync(message, ct);
            throw new InvalidOperationException("simulated bug after the member was added");
        }

        public Task<OutboundMessage> ApologiseAsync(InboundMessage message, CancellationToken ct) => engine.ApologiseAsync(message, ct);

        public Task<OutboundMessage> WarnAboutFloodingAsync(InboundMessage message, CancellationToken ct) => engine.WarnAboutFloodingAsync(message, ct);
    }
}
