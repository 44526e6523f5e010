using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Coordinator "1" (Latvian) moderates ideas of resident "42" (Russian).</summary>
public sealed class ModerationTests
{
    private static readonly Phrasebook Lv = Phrasebook.For(Language.Lv);
    private static readonly Phrasebook Ru = Phrasebook.For(Language.Ru);
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Approve_ChangesTheStatus_RedrawsTheCard_AndTellsTheAuthorInTheirLanguage()
    {
        await SubmitOne();

        var replies = await chat.Press("mod:ok:1", userId: "1", sourceMessageId: "500");

        var idea = Assert.Single(chat.Ideas.All);
        Assert.Equal(IdeaStatus.Approved, idea.Status);
        Assert.Equal(Lv.ModDone(1, Lv.StatusApproved), replies.To("1").Text);
        Assert.Equal(Ru.AuthorApproved(1, "Benches"), replies.To("42").Text);
        var card = Assert.Single(replies, r => r.ButtonsOnly);
        Assert.Equal("500", card.ReplacesMessageId);
        Assert.Equal(["mod:wip:1", "mod:done:1", "res:council:1", "res:note:1", "mod:no:1"], card.Payloads());
        Assert.Equal(chat.Member("1").Id, Assert.Single(idea.History).ByMemberId);
    }

    [Fact]
    public async Task AForgedApproveFromAResident_IsAnsweredPolitely_AndChangesNothing()
    {
        await SubmitOne();

        var replies = await chat.Press("mod:ok:1", userId: "42");

        Assert.Equal(Ru.CoordinatorsOnly, Assert.Single(replies).Text);
        Assert.Equal(IdeaStatus.Submitted, Assert.Single(chat.Ideas.All).Status);
    }

    [Fact]
    public async Task ModerationCommands_AreRefusedToResidents()
    {
        await SubmitOne();

        Assert.Equal(Ru.CoordinatorsOnly, Assert.Single(await chat.Say("/pending")).Text);
        Assert.Equal(Ru.CoordinatorsOnly, Assert.Single(await chat.Say("/export")).Text);
    }

    [Fact]
    public async Task AReplayedApprove_ChangesNothing_AndTheAuthorIsToldOnce()
    {
        await SubmitOne();
        await chat.Press("mod:ok:1", userId: "1");

        var replay = await chat.Press("mod:ok:1", userId: "1");

        Assert.Equal(Lv.ModUnchanged(1, Lv.StatusApproved), Assert.Single(replay).Text);
        Assert.Single(Assert.Single(chat.Ideas.All).History);
    }

    [Fact]
    public async Task Reject_AsksTheCoordinatorForAReason_InTheirOwnChat_AndTheAuthorGetsIt()
    {
        chat.IdeasOptions.ModerationChat = "telegram:-100777";
        await SubmitOne();

        var asked = await chat.Press("mod:no:1", userId: "1", chatId: "-100777", sourceMessageId: "900");
        Assert.Equal(Lv.ModAskReason(1), asked.To("1").Text);
        Assert.Equal(IdeaStatus.Submitted, Assert.Single(chat.Ideas.All).Status);

        var empty = await chat.Say("  ", userId: "1");
        Assert.StartsWith(Lv.InputEmpty, Assert.Single(empty).Text, StringComparison.Ordinal);

        var replies = await chat.Say("There is no space <there> & it floods", userId: "1");

        var idea = Assert.Single(chat.Ideas.All);
        Assert.Equal((IdeaStatus.Rejected, "There is no space <there> & it floods"), (idea.Status, idea.LatestComment));
        Assert.Equal(Ru.AuthorRejected(1, "Benches", "There is no space &lt;there&gt; &amp; it floods"), replies.To("42").Text);
        var card = Assert.Single(replies, r => r.ButtonsOnly);
        Assert.Equal(("-100777", "900"), (card.To.ChatId, card.ReplacesMessageId));
        Assert.Empty(card.Buttons);
    }

    [Theory]
    [InlineData("mod:ok:1")]
    [InlineData("/mydata")]
    [InlineData("vote:up:1")]
    [InlineData("idea:cancel")]
    public async Task AButtonPressedInAnyOtherGroup_GetsAPointerToThePrivateChat_AndChangesNothing(string payload)
    {
        chat.IdeasOptions.ModerationChat = "telegram:-100777";
        await SubmitOne();

        var reply = Assert.Single(await chat.Press(payload, userId: "1", chatId: "-100999"));

        Assert.Equal(("-100999", Phrasebook.For(Language.Lv).GroupRedirect), (reply.To.ChatId, reply.Text));
        Assert.Equal(IdeaStatus.Submitted, Assert.Single(chat.Ideas.All).Status);
    }

    [Fact]
    public async Task InProgress_TakesAnOptionalComment_AndImplementedCanSkipIt()
    {
        await SubmitOne();
        await chat.Press("mod:ok:1", userId: "1");

        await chat.Press("mod:wip:1", userId: "1");
        var started = await chat.Say("Benches are ordered", userId: "1");
        Assert.Equal($"{Ru.AuthorInProgress(1, "Benches")}\n💬 Benches are ordered", started.To("42").Text);

        await chat.Press("mod:done:1", userId: "1");
        var done = await chat.Press("modnote:skip", userId: "1");
        Assert.Equal(Ru.AuthorImplemented(1, "Benches"), done.To("42").Text);

        var idea = Assert.Single(chat.Ideas.All);
        Assert.Equal((IdeaStatus.Implemented, "Benches are ordered"), (idea.Status, idea.LatestComment));
        Assert.Equal([IdeaStatus.Approved, IdeaStatus.InProgress, IdeaStatus.Implemented], idea.History.Select(h => h.Status));
    }

    [Fact]
    public async Task AStatusThatCannotFollow_IsRefusedWithTheReason()
    {
        await SubmitOne();

        var reply = Assert.Single(await chat.Press("mod:done:1", userId: "1"));

        Assert.Equal(Lv.ModNotAllowed(1, Lv.StatusSubmitted, Lv.StatusImplemented), reply.Text);
        Assert.DoesNotContain(chat.StoredConversations, c => c.Flow == ModerationNoteFlow.FlowName);
    }

    [Fact]
    public async Task ButtonsForAnIdeaThatDoesNotExist_OrMalformed_AreAnsweredPolitely()
    {
        await SubmitOne();

        Assert.Equal(Lv.IdeaNotAvailable, Assert.Single(await chat.Press("mod:ok:999", userId: "1")).Text);
        Assert.Equal(Lv.StaleButton, Assert.Single(await chat.Press("mod:ok:abc", userId: "1")).Text);
        Assert.Equal(Lv.StaleButton, Assert.Single(await chat.Press("mod:ok", userId: "1")).Text);
        Assert.Equal(IdeaStatus.Submitted, Assert.Single(chat.Ideas.All).Status);
    }

    [Fact]
    public async Task Pending_ListsSubmittedAndHiddenIdeas_WithTheirButtons()
    {
        await SubmitOne();
        await chat.SubmitIdea("Second", userId: "42");

        var replies = await chat.Say("/pending", userId: "1");

        Assert.Equal(Lv.ModPendingCount(2), replies[0].Text);
        Assert.Equal(["mod:ok:1", "mod:no:1"], replies[1].Payloads());
        Assert.Equal(["mod:ok:2", "mod:no:2"], replies[2].Payloads());
    }

    [Fact]
    public async Task Pending_WithNothingWaiting_SaysSo()
    {
        await chat.Onboard(Language.En, userId: "1");

        Assert.Equal(Phrasebook.For(Language.En).ModNothingPending, (await chat.Say("/pending", userId: "1"))[0].Text);
    }

    [Fact]
    public async Task CoordinatorsSeeTheirCommands_InHelpAndTheMenu()
    {
        await chat.Onboard(Language.En, userId: "1");

        var help = Assert.Single(await chat.Say("/help", userId: "1"));

        Assert.Contains("For coordinators:\n/pending — Ideas waiting for review\n/newevent — Create an event and invite everyone\n/announce — Send an announcement\n/newpoll — A quick poll: a question, 2–10 answers, to whom and until when\n/polls — Polls: live counts, results, CSV\n/stats — Statistics: members, ideas, events, broadcasts\n/export — Ideas and events as a spreadsheet", help.Text, StringComparison.Ordinal);
        Assert.Contains("/pending", help.Payloads());
    }

    private async Task SubmitOne()
    {
        await chat.Onboard(Language.Lv, userId: "1");
        await chat.Onboard(Language.Ru);
        await chat.SubmitIdea("Benches");
    }
}
