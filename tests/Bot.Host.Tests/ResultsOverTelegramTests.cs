using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;
using GenYCity.Bot.Host.Followers;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Closing the loop over the Bot API, on a fake clock (Tuesday 1 December 2026, noon in Riga): a resident
/// supports an idea and so follows it, another follows it with Follow, a third has turned idea news off;
/// the coordinator moves it to In progress, records the council's answer the same day and a progress note;
/// the followers hear once a day, the later changes folded into the next day's message; /results shows it.
/// </summary>
public abstract class ResultsOverTelegramSuite : BotTest
{
    private static readonly DateTimeOffset TuesdayNoon = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(TuesdayNoon);
    private TelegramUser coordinator = null!;
    private TelegramUser author = null!;
    private TelegramUser supporter = null!;
    private TelegramUser follower = null!;
    private TelegramUser quiet = null!;

    protected override bool UsesGraph => true;

    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", .. MessengerChat];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    protected override async Task ArrangeAsync()
    {
        coordinator = await new TelegramUser(Api, 777, languageCode: "lv").OnboardAsync("lv");
        author = await new TelegramUser(Api, 1001, languageCode: "ru").OnboardAsync("ru");
        supporter = await new TelegramUser(Api, 1002, languageCode: "en").OnboardAsync("en");
        follower = await new TelegramUser(Api, 1003, languageCode: "lv").OnboardAsync("lv");
        quiet = await new TelegramUser(Api, 1004, languageCode: "en").OnboardAsync("en");
    }

    [Fact]
    public async Task FollowersHearOnceADay_TheLaterChangesFolded_AndResultsShowIt()
    {
        await SubmitAsync(author, "Скамейки у Даугавы");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:ok:1"));
        coordinator.Presses("mod:ok:1");
        await author.NextAsync(c => (c.Text ?? "").Contains("одобрена", StringComparison.Ordinal));
        // The approval's notice goes while nobody follows yet: a broadcast to no one.
        await TickAsync();

        supporter.Says("/ideas");
        var card = await supporter.NextAsync(c => c.Payloads.Contains("vote:up:1"));
        Assert.Equal(["vote:up:1", "follow:on:1:c", "vote:flag:1", "cm:l:1:1"], card.Payloads);
        supporter.Presses("vote:up:1");
        var redrawn = await supporter.NextAsync();
        Assert.Equal(["vote:up:1", "follow:off:1:c", "vote:flag:1", "cm:l:1:1"], redrawn.Payloads);
        Assert.Equal("🔕 Unfollow", redrawn.Labels[1]);

        follower.Says("/ideas");
        await follower.NextAsync(c => c.Payloads.Contains("follow:on:1:c"));
        follower.Presses("follow:on:1:c");
        await follower.NextAsync();
        Assert.StartsWith("🔔 Tu seko idejai #1", (await follower.NextAsync()).Text, StringComparison.Ordinal);

        // On Messenger, through the signed webhook: a Latvian resident supports it with a quick reply.
        await Bot.InScopeAsync(async db =>
        {
            var member = new Member(ChannelKind.Messenger, "psid-līga", "psid-līga", Language.Lv, clock.GetUtcNow());
            member.GiveConsent(clock.GetUtcNow());
            db.Members.Add(member);
            return await db.SaveChangesAsync();
        });
        var liga = new MessengerUser(Graph, $"{Bot.BaseUrl}/webhooks/messenger", "psid-līga");
        Assert.True((await liga.Taps("vote:up:1")).IsSuccessStatusCode);
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.IdeaFollows.CountAsync()) == 3);

        quiet.Says("/ideas");
        await quiet.NextAsync(c => c.Payloads.Contains("vote:up:1"));
        quiet.Presses("vote:up:1");
        await quiet.NextAsync();
        quiet.Says("/settings");
        await quiet.NextAsync(c => c.Payloads.Contains("set:news"));
        quiet.Presses("set:news");
        Assert.Contains("⬜ Idea news", (await quiet.NextAsync()).Text, StringComparison.Ordinal);

        // In progress, with a comment: the author hears at once; the followers at the next tick.
        coordinator.Says("/ideas");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:show:1"));
        coordinator.Presses("mod:show:1");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:wip:1"));
        coordinator.Presses("mod:wip:1");
        await coordinator.NextAsync(c => (c.Text ?? "").Contains("#1", StringComparison.Ordinal) && c.Payloads.Contains("modnote:skip"));
        coordinator.Says("Pasūtīti 10 soli.");
        Assert.Contains("💬 Pasūtīti 10 soli.", (await author.NextAsync()).Text, StringComparison.Ordinal);

        await TickAsync();
        var notice = await supporter.NextAsync(c => (c.Text ?? "").StartsWith("🔔", StringComparison.Ordinal));
        Assert.Equal("🔔 <b>News on idea #1</b> “Скамейки у Даугавы”\n\n🛠 In progress\n💬 Pasūtīti 10 soli.\n\nTurn idea news off in /settings.", notice.Text);
        Assert.Equal(["follow:off:1:t"], notice.Payloads);
        Assert.StartsWith("🔔 <b>Jaunumi par ideju #1</b>", (await follower.NextAsync(c => (c.Text ?? "").StartsWith("🔔", StringComparison.Ordinal))).Text, StringComparison.Ordinal);
        var onMessenger = await liga.NextAsync(c => c.Text?.StartsWith("🔔", StringComparison.Ordinal) == true);
        Assert.StartsWith("🔔 Jaunumi par ideju #1 „Скамейки у Даугавы”\n\n🛠 Tiek īstenota\n💬 Pasūtīti 10 soli.", onMessenger.Text, StringComparison.Ordinal);
        Assert.Equal(["follow:off:1:t"], onMessenger.Payloads);

        // The council's answer the same day: the author hears at once, the followers tomorrow.
        coordinator.Presses("mod:show:1");
        var coordinatorCard = await coordinator.NextAsync(c => c.Payloads.Contains("res:council:1"));
        coordinator.PressesOn(coordinatorCard.MessageId!.Value, "res:council:1");
        await coordinator.NextAsync(c => c.Payloads.Contains("council:yes"));
        coordinator.Presses("council:yes");
        await coordinator.NextAsync(c => (c.Text ?? "").Contains("domes atbildi", StringComparison.Ordinal));
        coordinator.Says("Dome piešķir finansējumu 2027. gadam.");
        Assert.StartsWith("🏛 Domes lēmums par ideju #1 ierakstīts.", (await coordinator.NextAsync(c => (c.Text ?? "").StartsWith("🏛", StringComparison.Ordinal))).Text, StringComparison.Ordinal);
        Assert.Equal("💡 Твоя идея #1 «Скамейки у Даугавы»:\n🏛 Решение думы: поддержана\n💬 Dome piešķir finansējumu 2027. gadam.", (await author.NextAsync()).Text);

        await TickAsync();
        await TickAsync();
        supporter.ExpectNoNewMessages();

        clock.Advance(TimeSpan.FromDays(1));
        // Messenger lets the Page write only within 24 hours of the person's last message: Līga wrote this morning.
        await liga.Says("/results");
        await liga.NextAsync(c => c.Text?.StartsWith("🏁", StringComparison.Ordinal) == true);
        await TickAsync();
        await TickAsync();
        Assert.Contains("🏛 Domes lēmums: atbalstīta", (await liga.NextAsync(c => c.Text?.StartsWith("🔔", StringComparison.Ordinal) == true)).Text, StringComparison.Ordinal);
        var folded = await supporter.NextAsync(c => (c.Text ?? "").StartsWith("🔔", StringComparison.Ordinal));
        Assert.Equal("🔔 <b>News on idea #1</b> “Скамейки у Даугавы”\n\n🏛 The council’s decision: accepted\n💬 Dome piešķir finansējumu 2027. gadam.\n\nTurn idea news off in /settings.", folded.Text);
        supporter.ExpectNoNewMessages();
        Assert.Contains("🏛 Domes lēmums: atbalstīta", (await follower.NextAsync(c => (c.Text ?? "").StartsWith("🔔", StringComparison.Ordinal))).Text, StringComparison.Ordinal);
        Assert.False(Api.Calls.Any(c => c.ChatId == quiet.ChatId && c.Text?.StartsWith("🔔", StringComparison.Ordinal) == true), "idea news is off for this person");
        Assert.Equal(2, await Bot.InScopeAsync(db => db.Broadcasts.CountAsync(b => b.Kind == BroadcastKind.IdeaNews)));

        // "You said, we did".
        supporter.Says("/results");
        Assert.Equal("🏁 <b>You said, we did</b>", (await supporter.NextAsync()).Text);
        var result = await supporter.NextAsync();
        Assert.Equal("<b>🛠 #1 · Скамейки у Даугавы</b>\n📌 in progress · 1 December\n🛠 In progress\n💬 Pasūtīti 10 soli.\n🏛 The council’s decision: accepted\n💬 Dome piešķir finansējumu 2027. gadam.", result.Text);
        Assert.Equal(["follow:off:1:t"], result.Payloads);

        // Unfollowing from the notice: the next day's progress note reaches the other follower only.
        supporter.PressesOn(folded.MessageId!.Value, "follow:off:1:t");
        Assert.Equal(["follow:on:1:t"], (await supporter.NextAsync()).Payloads);
        Assert.Equal("🔕 You no longer follow idea #1.", (await supporter.NextAsync()).Text);
        Assert.Equal(0, await Bot.InScopeAsync(db => db.IdeaFollows.CountAsync(f => f.MemberId == db.Members.Single(m => m.ExternalId == "1002").Id)));
        coordinator.PressesOn(coordinatorCard.MessageId!.Value, "res:note:1");
        await coordinator.NextAsync(c => (c.Text ?? "").StartsWith("📝", StringComparison.Ordinal));
        coordinator.Says("Uzstādīti pirmie 4 soli.");
        await coordinator.NextAsync(c => c.Payloads.Contains("progress:skip"));
        coordinator.Presses("progress:skip");
        await coordinator.NextAsync(c => (c.Text ?? "").StartsWith("📝 Ziņa", StringComparison.Ordinal));
        clock.Advance(TimeSpan.FromDays(1));
        await TickAsync();
        Assert.Contains("📝 Darba gaita\n💬 Uzstādīti pirmie 4 soli.", (await follower.NextAsync(c => (c.Text ?? "").StartsWith("🔔", StringComparison.Ordinal))).Text, StringComparison.Ordinal);
        supporter.ExpectNoNewMessages();
    }

    /// <summary>The notice job's tick, and the broadcasts it started sent: afterwards every notice it caused has gone.</summary>
    private async Task TickAsync()
    {
        await Bot.TriggerJobAsync(IdeaNewsJob.Key);
        await Bot.OutboxDrainedAsync();
    }

    private static async Task SubmitAsync(TelegramUser user, string title)
    {
        user.Says("/idea");
        await user.NextAsync();
        user.Says(title);
        await user.NextAsync();
        user.Says("Десять скамеек на набережной.");
        await user.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:theme:", StringComparison.Ordinal)));
        user.Presses("idea:theme:public-space");
        await user.NextAsync(c => c.Payloads.Contains("idea:skip"));
        user.Presses("idea:skip");
        await user.NextAsync(c => (c.Text ?? "").StartsWith("📍", StringComparison.Ordinal));
        user.Presses("idea:skip");
        var preview = await user.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        user.Presses(preview.Payloads.Single(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        await user.NextAsync(c => (c.Text ?? "").Contains("#1", StringComparison.Ordinal));
    }
}

public sealed class ResultsOverTelegramTests : ResultsOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class ResultsOverTelegramOnPostgresTests : ResultsOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
