using System.Text;
using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// /forgetme leaves nothing behind: no copies of the messages sent to the person, no records of their
/// updates, no readable trace in the database files, and no message that was already on its way.
/// </summary>
public sealed class ErasureTests : BotTest
{
    private const string Broadcast = "Peldbaseins šonedēļ bez maksas!";

    // Slow enough that a broadcast to a few hundred people is still draining when someone is erased.
    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", "--Delivery:Telegram:PerSecond=100"];

    [Fact]
    public async Task MyData_ListsTheRecordsOfMessages_AndForgetMe_ErasesThem()
    {
        var anna = await OnboardAsync(3001);
        await anna.SubmitsIdeaAsync("Soliņi pie Daugavas");

        // What /mydata lists: every message written to her before it.
        var written = await Bot.InScopeAsync(db => db.Deliveries.CountAsync(d => d.ChatId == "3001"));
        anna.Says("/mydata");
        var json = JsonNode.Parse(Assert.Single((await anna.NextAsync(c => c.Method == "sendDocument")).Files).Value)!;
        var received = json["updatesReceived"]!.AsArray();
        Assert.Contains(received, u => u!["update"]!.GetValue<string>().StartsWith("telegram:message:3001:", StringComparison.Ordinal));
        var toYou = json["messagesToYou"]!.AsArray();
        Assert.Contains(toYou, m => m!["status"]!.GetValue<string>() == "Sent" && m["text"] is null);
        Assert.Equal(written, toYou.Count);

        anna.Says("/forgetme");
        await anna.NextAsync(c => c.Payloads.Contains("forget:yes"));
        anna.Presses("forget:yes");
        Assert.StartsWith("✅", (await anna.NextAsync(c => c.Text?.StartsWith('✅') == true)).Text, StringComparison.Ordinal);

        await Bot.InScopeAsync(async db =>
        {
            // Of all the messages she got, only the answer to the erasure itself is left: it was written after it.
            var left = await db.Deliveries.Where(d => d.ChatId == "3001").ToListAsync();
            Assert.Single(left);
            Assert.True(toYou.Count > 1);
            Assert.False(await db.ProcessedUpdates.AnyAsync(u => u.Sender == "Telegram:3001" || u.Key.StartsWith("telegram:message:3001:")));
            // The erasure's own mark stays, so a redelivered press is not taken again, but names nobody.
            Assert.True(await db.ProcessedUpdates.AnyAsync(u => u.Key.StartsWith("telegram:callback:") && u.Sender == null));
            return 0;
        });
    }

    [Fact]
    public async Task ABroadcastOnItsWay_NeverReachesTheErasedPerson_AndStillFinishesWithCountsThatAddUp()
    {
        await SeedSubscribersAsync(10_000, 150);
        var anna = await OnboardAsync(3001);
        await SeedSubscribersAsync(20_000, 150);
        await Bot.InScopeAsync(async db =>
        {
            db.Broadcasts.Add(Announcements.ToSubscribers(Broadcast, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        // The first messages are out: every row is claimed, Anna's among them, waiting its turn.
        await WaitUntilAsync(() => Api.Calls.Count(c => c.IsDelivered && c.Text == Broadcast) >= 20);
        anna.Says("/forgetme");
        await anna.NextAsync(c => c.Payloads.Contains("forget:yes"));
        anna.Presses("forget:yes");
        var erased = await anna.NextAsync(c => c.Text?.StartsWith('✅') == true);

        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Broadcasts.AnyAsync(b => b.Status == BroadcastStatus.Done)));
        Assert.DoesNotContain(Api.Calls, c => c.ChatId == anna.ChatId && c.Text == Broadcast);
        var done = await Bot.InScopeAsync(db => db.Broadcasts.SingleAsync());
        Assert.Equal((301, 300, 1), (done.Queued, done.Sent, done.Skipped));
        Assert.Equal(300, Api.Calls.Count(c => c.IsDelivered && c.Text == Broadcast));
        Assert.True(erased.Sequence > 0);
    }

    [Fact]
    public async Task ErasedText_CannotBeReadFromTheDatabaseFiles()
    {
        const string title = "Zilā laivu piestātne Nr. 7319";
        var coordinator = await OnboardAsync(777);
        var anna = await OnboardAsync(3001);
        await anna.SubmitsIdeaAsync(title);
        await coordinator.NextAsync(c => c.Text?.Contains(title, StringComparison.Ordinal) == true);
        Assert.True(FilesContain(title), "the title is in the files before the erasure");

        anna.Says("/forgetme");
        await anna.NextAsync(c => c.Payloads.Contains("forget:yes"));
        anna.Presses("forget:yes");
        await anna.NextAsync(c => c.Text?.StartsWith('✅') == true);

        await WaitUntilAsync(() => !FilesContain(title));
    }

    /// <summary>Whether the text can be found in the database file or its write-ahead log, as `strings` would.</summary>
    private bool FilesContain(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return new[] { Database.File, Database.File + "-wal" }.Where(File.Exists).Any(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0;
        });
    }

    private Task<TelegramUser> OnboardAsync(long id) => new TelegramUser(Api, id, "lv").OnboardAsync("lv");

    private Task<int> SeedSubscribersAsync(int firstId, int count) => Bot.InScopeAsync(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            var member = new Member(ChannelKind.Telegram, $"{firstId + i}", $"{firstId + i}", Language.Lv, DateTimeOffset.UtcNow);
            member.GiveConsent(DateTimeOffset.UtcNow);
            db.Members.Add(member);
        }

        return await db.SaveChangesAsync();
    });
}
