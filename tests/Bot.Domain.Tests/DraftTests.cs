using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>An unfinished draft is never thrown away unasked, after a restart or a day later.</summary>
public sealed class DraftTests
{
    private static readonly Phrasebook En = Phrasebook.For(Language.En);
    private readonly ChatHarness chat = new();

    [Fact]
    public void AnAnnouncementsAudience_IsKeptByName_AndADraftSavedWhenAudiencesWereNumbersIsStillRead()
    {
        var draft = new Conversation(1, "announce", "Confirm", "{}", DateTimeOffset.UnixEpoch);
        draft.MoveTo("Confirm", new Broadcasts.AnnounceDraft { Audience = Broadcasts.AudienceKind.EventAttendees, EventId = 7 }, DateTimeOffset.UnixEpoch);
        var older = new Conversation(1, "announce", "Confirm", "{\"audience\":3}", DateTimeOffset.UnixEpoch);

        Assert.Contains("\"audience\":\"EventAttendees\"", draft.DraftJson, StringComparison.Ordinal);
        Assert.Equal(Broadcasts.AudienceKind.EventAttendees, draft.ReadDraft<Broadcasts.AnnounceDraft>().Audience);
        Assert.Equal(Broadcasts.AudienceKind.IdeaFollowers, older.ReadDraft<Broadcasts.AnnounceDraft>().Audience);
    }

    [Fact]
    public async Task Idea_OverAnUnfinishedIdea_AsksFirst_AndContinueCarriesOnWhereItStopped()
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");
        await chat.Say("Benches by the Daugava");

        var asked = Assert.Single(await chat.Say("/idea"));
        Assert.Equal(En.DraftPending("idea “Benches by the Daugava”"), asked.Text);
        Assert.Equal([Drafts.Continue, "/idea new"], asked.Payloads());

        var resumed = (await chat.Press(Drafts.Continue))[^1];
        Assert.Equal(En.IdeaAskDescription(Idea.MaxDescriptionLength), resumed.Text);
        await chat.Say("Ten of them.");
        Assert.Equal("Benches by the Daugava", chat.StoredConversations.Single().ReadDraft<IdeaDraft>().Title);
    }

    [Fact]
    public async Task StartOver_BeginsAFreshIdea()
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");
        await chat.Say("Benches by the Daugava");
        await chat.Say("/idea");

        var fresh = (await chat.Say("/idea new"))[^1];

        Assert.Equal(En.IdeaAskTitle(Idea.MaxTitleLength), fresh.Text);
        Assert.Null(chat.StoredConversations.Single().ReadDraft<IdeaDraft>().Title);
    }

    [Fact]
    public async Task Start_AfterARestart_RemindsOfTheDraft_AndDropItDropsIt()
    {
        await chat.Onboard(Language.Lv);
        await chat.Say("/idea");
        await chat.Say("Soliņi");

        var replies = await chat.Say("/start");

        Assert.Equal(Phrasebook.For(Language.Lv).WelcomeBack, replies[0].Text);
        Assert.Equal([Drafts.Continue, Drafts.Discard], replies[1].Payloads());
        Assert.Contains("ideja „Soliņi”", replies[1].Text, StringComparison.Ordinal);
        var dropped = await chat.Press(Drafts.Discard);
        Assert.Equal(Phrasebook.For(Language.Lv).DraftDiscarded, dropped[^1].Text);
        Assert.Empty(chat.StoredConversations);
    }

    [Fact]
    public async Task ADifferentFlow_OverAnUnfinishedDraft_AsksToo()
    {
        await chat.Onboard(Language.En, "1");
        await chat.Say("/idea", "1");
        await chat.Say("Benches", "1");

        var asked = Assert.Single(await chat.Say("/newevent", "1"));

        Assert.Equal([Drafts.Continue, "/newevent new"], asked.Payloads());
        var started = (await chat.Press("/newevent new", "1"))[^1];
        Assert.StartsWith("📅 New event.", started.Text, StringComparison.Ordinal);
        Assert.Equal("event", chat.StoredConversations.Single().Flow);
    }

    [Fact]
    public async Task ADraftWithNothingInItYet_IsSimplyStartedOver()
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");

        var again = Assert.Single(await chat.Say("/idea"));

        Assert.Equal(En.IdeaAskTitle(Idea.MaxTitleLength), again.Text);
    }

    [Fact]
    public async Task Cancel_DropsTheDraft()
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");
        await chat.Say("Benches");

        await chat.Say("/cancel");

        Assert.Empty(chat.StoredConversations);
        Assert.Equal(En.IdeaAskTitle(Idea.MaxTitleLength), Assert.Single(await chat.Say("/idea")).Text);
    }

    [Fact]
    public async Task AButtonThatStartsAFlow_OverAnUnfinishedDraft_AsksFirst_AndStartOverPressesIt()
    {
        await chat.Onboard(Language.En);
        await chat.SubmitIdea("Concerts");
        await chat.Onboard(Language.En, "1");
        await chat.Say("/newevent", "1");
        await chat.Say("Youth council", "1");

        var asked = Assert.Single(await chat.Press("mod:no:1", "1"));

        Assert.Equal(En.DraftPending("event “Youth council”"), asked.Text);
        Assert.Equal([Drafts.Continue, Drafts.ReplacePrefix + "mod:no:1"], asked.Payloads());
        Assert.Equal("Youth council", chat.StoredConversations.Single().ReadDraft<Events.EventDraft>().Title);

        var replaced = await chat.Press(Drafts.ReplacePrefix + "mod:no:1", "1");

        Assert.Equal(En.ModAskReason(1), replaced[^1].Text);
        Assert.Equal(ModerationNoteFlow.FlowName, chat.StoredConversations.Single(c => c.MemberId == chat.Member("1").Id).Flow);
    }

    [Fact]
    public async Task AButtonThatStartsNoFlow_DoesNotAsk()
    {
        await chat.Onboard(Language.En);
        await chat.SubmitIdea("Concerts");
        await chat.Onboard(Language.En, "1");
        await chat.Say("/newevent", "1");
        await chat.Say("Youth council", "1");

        var approved = await chat.Press("mod:ok:1", "1");

        Assert.Equal(En.ModDone(1, En.Status(IdeaStatus.Approved)), approved[0].Text);
        Assert.Equal("event", chat.StoredConversations.Single(c => c.MemberId == chat.Member("1").Id).Flow);
    }
}
