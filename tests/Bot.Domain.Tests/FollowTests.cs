using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Results;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Following ideas and the followers' notices. Coordinator "1"; author "42"; residents "7" and "8".</summary>
public sealed class FollowTests
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Supporting_Follows_WithdrawingUnfollows_ButAChosenFollowStays()
    {
        await ApprovedIdea();

        await chat.Press("vote:up:1", userId: "7");
        Assert.True(Assert.Single(chat.IdeaNews.Follows).BySupport);
        await chat.Press("vote:up:1", userId: "7");
        Assert.Empty(chat.IdeaNews.Follows);

        var followed = await chat.Press("follow:on:1:c", userId: "8");
        Assert.Equal(ResultsTexts.For(Language.Lv).Followed(1), followed.To("8").Text);
        Assert.Equal(["vote:up:1", "follow:off:1:c", "vote:flag:1", "cm:l:1:1"], Assert.Single(followed, m => m.ButtonsOnly).Payloads());
        await chat.Press("vote:up:1", userId: "8");
        await chat.Press("vote:up:1", userId: "8");
        Assert.False(Assert.Single(chat.IdeaNews.Follows).BySupport);
    }

    [Fact]
    public async Task NoOneFollowsTheirOwn_AHiddenOne_OrOneThatDoesNotExist()
    {
        await ApprovedIdea();

        Assert.Equal(ResultsTexts.For(Language.En).OwnIdea, Assert.Single(await chat.Press("follow:on:1:c", userId: "42")).Text);
        Assert.Equal(Phrasebook.For(Language.En).IdeaNotAvailable, (await chat.Press("follow:on:99:c", userId: "7"))[0].Text);
        Assert.Equal(Phrasebook.For(Language.En).StaleButton, (await chat.Press("follow:on:1:x", userId: "7"))[0].Text);
        Assert.Empty(chat.IdeaNews.Follows);
    }

    [Fact]
    public async Task CouncilAndProgressButtons_AreForCoordinatorsOnly()
    {
        await ApprovedIdea();

        Assert.Equal(Phrasebook.For(Language.En).CoordinatorsOnly, Assert.Single(await chat.Press("res:council:1", userId: "7")).Text);
        Assert.Equal(Phrasebook.For(Language.En).CoordinatorsOnly, Assert.Single(await chat.Press("res:note:1", userId: "7")).Text);
        Assert.Null(chat.Ideas.All[0].CouncilDecision);
        Assert.Empty(chat.StoredConversations);
    }

    [Fact]
    public async Task Notices_WaitForTheDay_ComeOnceADay_AndFoldWhatCameLater()
    {
        await ApprovedIdea();
        await chat.Press("vote:up:1", userId: "7");
        var notices = new FollowerNotices(chat.Ideas, chat.IdeaNews, chat.Comments, chat.Broadcasts, new EventTime(chat.Options, chat.Clock), new ResultsOptions());
        await chat.Press("mod:wip:1", userId: "1");
        await chat.Press(ModerationNoteFlow.FlowName + ":skip", userId: "1");

        // 22:30 in Riga: the evening's news waits for the morning.
        var evening = new DateTimeOffset(2026, 11, 23, 20, 30, 0, TimeSpan.Zero);
        Assert.Equal(new FollowerNotices.Round(0, 0), await notices.StartDueAsync(evening, default));
        var morning = new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
        Assert.Equal(new FollowerNotices.Round(1, 0), await notices.StartDueAsync(morning, default));
        var first = chat.Broadcasts.All.Single(b => b.Kind == BroadcastKind.IdeaNews);
        Assert.Equal((AudienceKind.IdeaFollowers, 1L), (first.Audience, first.SubjectId));
        Assert.Contains("✅ Approved", first.ReadContent().ByLanguage[Language.En].Text, StringComparison.Ordinal);
        Assert.Contains("🛠 In progress", first.ReadContent().ByLanguage[Language.En].Text, StringComparison.Ordinal);

        await chat.Press("mod:done:1", userId: "1");
        await chat.Say("Done and dusted", userId: "1");
        Assert.Equal(new FollowerNotices.Round(0, 0), await notices.StartDueAsync(morning.AddHours(5), default));
        Assert.Equal(new FollowerNotices.Round(1, 0), await notices.StartDueAsync(morning.AddDays(1), default));
        var second = chat.Broadcasts.All[^1].ReadContent().ByLanguage[Language.Lv].Text;
        Assert.Contains("🎉 Īstenota!\n💬 Done and dusted", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Tiek īstenota", second, StringComparison.Ordinal);
        Assert.Equal(new FollowerNotices.Round(0, 0), await notices.StartDueAsync(morning.AddDays(2), default));
    }

    [Fact]
    public async Task TheNewsOfAHiddenIdea_WaitsUntilItIsRestored_AndARejectedOnesIsDropped()
    {
        await ApprovedIdea();
        await chat.Press("vote:up:1", userId: "7");
        chat.Ideas.All[0].AddReport(threshold: 1);
        var notices = new FollowerNotices(chat.Ideas, chat.IdeaNews, chat.Comments, chat.Broadcasts, new EventTime(chat.Options, chat.Clock), new ResultsOptions());
        var morning = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(new FollowerNotices.Round(0, 0), await notices.StartDueAsync(morning, default));
        Assert.All(chat.IdeaNews.News, n => Assert.Null(n.NoticedAt));
        chat.Ideas.All[0].Restore();
        Assert.Equal(new FollowerNotices.Round(1, 0), await notices.StartDueAsync(morning, default));

        await chat.Press("mod:no:1", userId: "1");
        await chat.Say("Not possible", userId: "1");
        chat.IdeaNews.AddNews(IdeaNews.Create(1, IdeaNewsKind.Progress, "after", morning, null));
        Assert.Equal(new FollowerNotices.Round(0, 1), await notices.StartDueAsync(morning.AddDays(1), default));
        Assert.Single(chat.Broadcasts.All);
    }

    [Fact]
    public async Task AProgressNote_CanBeAPhotoWithACaption_WhichIsItsText()
    {
        await ApprovedIdea();
        await chat.Press("res:note:1", userId: "1");

        var replies = await chat.SendPhoto("photo-1", userId: "1", caption: "New benches are in");

        Assert.Equal(ResultsTexts.For(Language.Lv).ProgressRecorded(1), replies.To("1").Text);
        var note = chat.IdeaNews.News.Single(n => n.Kind == IdeaNewsKind.Progress);
        Assert.Equal(("New benches are in", "photo-1"), (note.Text, note.PhotoRef));
        var author = replies.To("42");
        Assert.Equal("photo-1", author.PhotoRef);
        Assert.EndsWith("\n💬 New benches are in", author.Text, StringComparison.Ordinal);
        Assert.Empty(chat.StoredConversations);
    }

    [Fact]
    public async Task AProgressNote_CanBeAPhotoAlone_AndReadsAsItsHeadline()
    {
        await ApprovedIdea();
        await chat.Press("res:note:1", userId: "1");

        var replies = await chat.SendPhoto("photo-2", userId: "1");

        Assert.Equal(ResultsTexts.For(Language.Lv).ProgressRecorded(1), replies.To("1").Text);
        var note = chat.IdeaNews.News.Single(n => n.Kind == IdeaNewsKind.Progress);
        Assert.Equal((null, "photo-2"), (note.Text, note.PhotoRef));
        var author = replies.To("42");
        Assert.Equal("photo-2", author.PhotoRef);
        Assert.EndsWith(ResultsTexts.For(Language.En).Progress, author.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("💬", author.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawingTheSupport_RedrawsFollow_AsTheFollowEndsWithIt()
    {
        await ApprovedIdea();
        await chat.Press("vote:up:1", userId: "7");

        var withdrawn = Assert.Single(await chat.Press("vote:up:1", userId: "7"));

        Assert.Equal(["vote:up:1", "follow:on:1:c", "vote:flag:1", "cm:l:1:1"], withdrawn.Payloads());
    }

    private async Task ApprovedIdea()
    {
        await chat.Onboard(Language.Lv, "1");
        await chat.Onboard(Language.En, "42");
        await chat.Onboard(Language.En, "7");
        await chat.Onboard(Language.Lv, "8");
        await chat.SubmitIdea("Benches");
        await chat.Press("mod:ok:1", userId: "1");
    }
}
