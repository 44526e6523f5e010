using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Followers;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Ideas in conversation over the Bot API and the signed Messenger webhook, on a fake clock (Tuesday 1 December
/// 2026, noon in Riga): a Latvian writing an idea finds the Russian one like it and supports it from there; a
/// thread with a comment and the author's reply; reports (one through Messenger) hide a comment until the
/// coordinator restores it; the author and the followers hear once a day; /forgetme leaves "deleted".
/// </summary>
public abstract class CommentsOverTelegramSuite : BotTest
{
    private static readonly DateTimeOffset TuesdayNoon = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(TuesdayNoon);
    private TelegramUser coordinator = null!;
    private TelegramUser author = null!;
    private TelegramUser latvian = null!;
    private TelegramUser asker = null!;
    private TelegramUser other = null!;

    protected override bool UsesGraph => true;

    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", "--Comments:HourlyLimit=1", .. MessengerChat];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    protected override async Task ArrangeAsync()
    {
        coordinator = await new TelegramUser(Api, 777, languageCode: "lv", firstName: "Inese").OnboardAsync("lv");
        author = await new TelegramUser(Api, 1001, languageCode: "ru", firstName: "Дмитрий").OnboardAsync("ru");
        latvian = await new TelegramUser(Api, 1002, languageCode: "lv", firstName: "Līga").OnboardAsync("lv");
        asker = await new TelegramUser(Api, 1003, languageCode: "en", firstName: "Ben", username: "ben").OnboardAsync("en");
        other = await new TelegramUser(Api, 1004, languageCode: "en", firstName: "Olga").OnboardAsync("en");
    }

    [Fact]
    public async Task ASimilarIdeaIsSupported_AThreadGrows_ReportsHideAComment_AndTheNoticesAreFolded()
    {
        await author.SubmitsIdeaAsync("Скейтпарк в парке Дубровина", "Нужен нормальный скейтпарк с рампами в парке Дубровина, кататься на скейте и самокате негде.");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:ok:1"));
        coordinator.Presses("mod:ok:1");
        await author.NextAsync(c => (c.Text ?? "").Contains("одобрена", StringComparison.Ordinal));

        // Writing the same in Latvian: the Russian idea is offered, and supported from there.
        latvian.Says("/idea");
        await latvian.NextAsync();
        latvian.Says("Skeitparks Dubrovina parkā");
        await latvian.NextAsync();
        latvian.Says("Dubrovina parkā vajag skeitparku ar rampām, kur braukt ar skrituļdēli.");
        var similar = await latvian.NextAsync(c => c.Payloads.Contains("idea:support:1"));
        Assert.Contains("<b>#1 · Скейтпарк в парке Дубровина</b>", similar.Text, StringComparison.Ordinal);
        Assert.Equal(["idea:support:1", "idea:follow:1", "idea:different", "idea:cancel"], similar.Payloads);
        latvian.Presses("idea:support:1");
        var supported = await latvian.NextAsync(c => c.Payloads.Contains("idea:different"));
        Assert.StartsWith("💚", supported.Labels[0], StringComparison.Ordinal);
        latvian.Presses("idea:cancel");
        await latvian.NextAsync(c => c.Text is not null);
        Assert.Equal(1, await Bot.InScopeAsync(db => db.Ideas.Where(i => i.Id == 1).Select(i => i.SupportCount).SingleAsync()));
        await TickAsync();
        Assert.Contains("Apstiprināta", (await latvian.NextAsync(c => (c.Text ?? "").StartsWith("🔔", StringComparison.Ordinal))).Text, StringComparison.OrdinalIgnoreCase);

        // A question under the idea, and the author's reply.
        asker.Says("/ideas");
        var card = await asker.NextAsync(c => c.Payloads.Contains("cm:l:1:1"));
        Assert.Equal("💬 Comments", card.Labels[^1]);
        Assert.DoesNotContain(card.Payloads, p => p.StartsWith("tr:", StringComparison.Ordinal));
        asker.Presses("cm:l:1:1");
        var empty = await asker.NextAsync(c => c.Payloads.Contains("cm:w:1:1"));
        Assert.StartsWith("💬 <b>#1 · Скейтпарк в парке Дубровина</b>: 0 comments", empty.Text, StringComparison.Ordinal);
        asker.Presses("cm:w:1:1");
        await asker.NextAsync(c => (c.Text ?? "").StartsWith("Write your comment on idea #1", StringComparison.Ordinal));
        asker.Says("Where exactly in the park?");
        Assert.Equal("Your comment is published.", (await asker.NextAsync()).Text);
        var thread = await asker.NextAsync();
        Assert.Contains("<b>1</b> · Ben · just now\nWhere exactly in the park?", thread.Text, StringComparison.Ordinal);

        // One comment an hour here: a second is refused before anything is asked.
        asker.Presses("cm:w:1:1");
        Assert.StartsWith("You have written 1 comment in the last hour", (await asker.NextAsync()).Text, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(5));
        author.Says("/ideas");
        await author.NextAsync(c => c.Payloads.Contains("cm:l:1:1"));
        author.Presses("cm:l:1:1");
        await author.NextAsync(c => c.Payloads.Contains("cm:rm:1:1"));
        author.Presses("cm:rm:1:1");
        Assert.Equal(["cm:r:1", "cm:l:1:1"], (await author.NextAsync(c => c.Payloads.Contains("cm:r:1"))).Payloads);
        author.Presses("cm:r:1");
        await author.NextAsync(c => (c.Text ?? "").Contains(Comment.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        author.Says("Возле пруда.");
        await author.NextAsync();
        var withReply = await author.NextAsync();
        Assert.Contains("<b>1</b> · Ben · 5 минут назад\nWhere exactly in the park?\n    ↳ <b>2</b> · Дмитрий, автор идеи · только что\n      Возле пруда.", withReply.Text, StringComparison.Ordinal);

        // The next day's notice: the follower hears of two comments, the author of the one by someone else.
        clock.Advance(TimeSpan.FromDays(1));
        await TickAsync();
        var notice = await latvian.NextAsync(c => (c.Text ?? "").StartsWith("🔔", StringComparison.Ordinal));
        Assert.Contains("💬 2 jauni komentāri", notice.Text, StringComparison.Ordinal);
        Assert.Equal(["cm:l:1:1", "follow:off:1:t"], notice.Payloads);
        var toAuthor = await author.NextAsync(c => (c.Text ?? "").StartsWith("💬", StringComparison.Ordinal));
        Assert.Contains("1", toAuthor.Text, StringComparison.Ordinal);
        Assert.Equal(["cm:l:1:1"], toAuthor.Payloads);
        await TickAsync();
        latvian.ExpectNoNewMessages();

        // Three reports (one through Messenger) hide the question until the coordinator looks.
        var liga = await MessengerResidentAsync("psid-marta");
        foreach (var reporter in new[] { latvian, other })
        {
            reporter.Says("/ideas");
            await reporter.NextAsync(c => c.Payloads.Contains("cm:l:1:1"));
            reporter.Presses("cm:l:1:1");
            await reporter.NextAsync(c => c.Payloads.Contains("cm:pm:1:1"));
            reporter.Presses("cm:pm:1:1");
            Assert.Equal(["cm:p:1", "cm:p:2", "cm:l:1:1"], (await reporter.NextAsync(c => c.Payloads.Contains("cm:p:1"))).Payloads);
            reporter.Presses("cm:p:1");
            await reporter.NextAsync(c => c.Payloads.Contains("cm:p:1:spam"));
            reporter.Presses("cm:p:1:spam");
            await reporter.NextAsync(c => c.Text is { Length: > 0 } && !c.Payloads.Any());
        }

        Assert.True((await liga.Taps("cm:p:1:offensive")).IsSuccessStatusCode);
        var told = await coordinator.NextAsync(c => c.Payloads.Contains("cm:u:1"));
        Assert.Contains("Where exactly in the park?", told.Text, StringComparison.Ordinal);
        Assert.True(await Bot.InScopeAsync(db => db.Set<Comment>().Where(c => c.Id == 1).Select(c => c.IsHidden).SingleAsync()));
        other.Presses("cm:l:1:1");
        var hidden = await other.NextAsync(c => c.Payloads.Contains("cm:w:1:1"));
        Assert.DoesNotContain("Where exactly", hidden.Text, StringComparison.Ordinal);
        Assert.StartsWith("💬 <b>#1 · Скейтпарк в парке Дубровина</b>: 1 comment", hidden.Text, StringComparison.Ordinal);

        coordinator.Presses("cm:u:1");
        await coordinator.NextAsync(c => (c.Text ?? "").Contains('1', StringComparison.Ordinal) && !c.Payloads.Any());
        Assert.Equal(2, await Bot.InScopeAsync(db => db.Ideas.Where(i => i.Id == 1).Select(i => i.CommentCount).SingleAsync()));
        Assert.Equal(0, await Bot.InScopeAsync(db => db.Set<CommentReport>().CountAsync()));

        // /forgetme leaves "deleted" where the question was.
        asker.Says("/forgetme");
        await asker.NextAsync(c => c.Payloads.Contains("forget:yes"));
        asker.Presses("forget:yes");
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Members.CountAsync(m => m.ExternalId == "1003" && m.Consent == ConsentStatus.Given)) == 0);
        other.Presses("cm:l:1:1");
        var after = await other.NextAsync(c => c.Payloads.Contains("cm:w:1:1"));
        Assert.Contains("<b>1</b> · <i>deleted</i>\n    ↳ <b>2</b> · Дмитрий, the idea’s author", after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Where exactly", after.Text, StringComparison.Ordinal);
        Assert.Equal(0, await Bot.InScopeAsync(db => db.Set<Comment>().CountAsync(c => c.Text != null && c.Text.Contains("Where"))));
        Assert.Equal(1, await Bot.InScopeAsync(db => db.Ideas.Where(i => i.Id == 1).Select(i => i.CommentCount).SingleAsync()));
    }

    [Fact]
    public async Task AnAuthorWhoCommentedOnTheirOwnIdea_CanBeForgottenAfterItIsRejected()
    {
        await author.SubmitsIdeaAsync("Скейтпарк в парке Дубровина", "Нужен скейтпарк с рампами.");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:ok:1"));
        coordinator.Presses("mod:ok:1");
        await author.NextAsync(c => (c.Text ?? "").Contains("одобрена", StringComparison.Ordinal));
        author.Says("/ideas");
        await author.NextAsync(c => c.Payloads.Contains("cm:l:1:1"));
        author.Presses("cm:l:1:1");
        await author.NextAsync(c => c.Payloads.Contains("cm:w:1:1"));
        author.Presses("cm:w:1:1");
        await author.NextAsync();
        author.Says("Рампы у пруда.");
        await author.NextAsync(c => c.Payloads.Contains("cm:w:1:1"));

        coordinator.Says("/ideas");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:show:1"));
        coordinator.Presses("mod:show:1");
        await coordinator.NextAsync(c => c.Payloads.Contains("mod:no:1"));
        coordinator.Presses("mod:no:1");
        await coordinator.NextAsync(c => (c.Text ?? "").Contains("#1", StringComparison.Ordinal));
        coordinator.Says("Parkā tam nav vietas.");
        await author.NextAsync(c => (c.Text ?? "").Contains("Parkā tam nav vietas.", StringComparison.Ordinal));

        author.Says("/forgetme");
        await author.NextAsync(c => c.Payloads.Contains("forget:yes"));
        author.Presses("forget:yes");
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Members.CountAsync(m => m.ExternalId == "1001" && m.Consent == ConsentStatus.Given)) == 0);
        Assert.Equal(0, await Bot.InScopeAsync(db => db.Ideas.CountAsync()));
        Assert.Equal(0, await Bot.InScopeAsync(db => db.Set<Comment>().CountAsync()));
    }

    private async Task<MessengerUser> MessengerResidentAsync(string psid)
    {
        await Bot.InScopeAsync(async db =>
        {
            var member = new Member(ChannelKind.Messenger, psid, psid, Language.Lv, clock.GetUtcNow());
            member.GiveConsent(clock.GetUtcNow());
            db.Members.Add(member);
            return await db.SaveChangesAsync();
        });
        return new MessengerUser(Graph, $"{Bot.BaseUrl}/webhooks/messenger", psid);
    }

    /// <summary>The notice job's tick, and the broadcasts it started sent.</summary>
    private async Task TickAsync()
    {
        await Bot.TriggerJobAsync(IdeaNewsJob.Key);
        await Bot.OutboxDrainedAsync();
    }
}

public sealed class CommentsOverTelegramTests : CommentsOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class CommentsOverTelegramOnPostgresTests : CommentsOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
