using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

public sealed class SubmitIdeaTests
{
    private static readonly Phrasebook En = Phrasebook.For(Language.En);
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task TheWholeFlow_CreatesIdeaOne_AndSendsItToTheCoordinatorsWithTheModerationButtons()
    {
        await chat.Onboard(Language.Lv, userId: "1");
        await chat.Onboard(Language.En);

        Assert.Equal(En.IdeaAskTitle(120), Assert.Single(await chat.Say("/idea")).Text);
        Assert.Equal(En.IdeaAskDescription(2000), Assert.Single(await chat.Say("Benches by the river")).Text);
        var themes = Assert.Single(await chat.Say("Ten benches along the Daugava promenade."));
        Assert.Equal(["idea:theme:parks", "idea:theme:culture", "idea:cancel"], themes.Payloads());
        Assert.Equal(["Parks", "Culture", En.CancelLabel], themes.Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.Equal(["idea:skip", "idea:cancel"], (await chat.Press("idea:theme:parks"))[^1].Payloads());
        var place = Assert.Single(await chat.SendPhoto("photo-file-id"));
        Assert.Equal((En.IdeaAskPlace, true), (place.Text, place.ExpectsText));
        Assert.Equal(["idea:skip", "idea:cancel"], place.Payloads());
        var preview = Assert.Single(await chat.Press("idea:skip"), m => !m.ButtonsOnly);
        Assert.Equal("photo-file-id", preview.PhotoRef);
        Assert.Contains("<b>Benches by the river</b>\nTen benches along the Daugava promenade.\n\n🏷 Parks\n📷 with a photo", preview.Text, StringComparison.Ordinal);
        Assert.Equal(3, preview.Payloads().Count());

        var replies = await chat.Press(preview.Payloads().First());

        var idea = Assert.Single(chat.Ideas.All);
        Assert.Equal((1L, "Benches by the river", "parks", "photo-file-id", IdeaStatus.Submitted), (idea.Id, idea.Title, idea.ThemeKey, idea.PhotoRef, idea.Status));
        Assert.Equal(En.IdeaReceived(1), replies.To("42").Text);
        Assert.Empty(chat.StoredConversations);
        var card = replies.To("1");
        Assert.StartsWith("💡 Jauna ideja #1 · Parki\n<b>Benches by the river</b>", card.Text, StringComparison.Ordinal);
        Assert.Equal("photo-file-id", card.PhotoRef);
        Assert.Equal(["mod:ok:1", "mod:no:1"], card.Payloads());
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\u200B\u200D\u2060")]
    [InlineData("\u200F ")]
    public async Task AnEmptyTitle_IsRefused_AndAskedAgain(string title)
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");

        var reply = Assert.Single(await chat.Say(title));

        Assert.Equal($"{En.InputEmpty}\n\n{En.IdeaAskTitle(120)}", reply.Text);
        Assert.Equal(nameof(IdeaStep.Title), Assert.Single(chat.StoredConversations).Step);
    }

    [Fact]
    public async Task ATitleOverTheLimit_IsRefusedWithItsLength_AndOneAtTheLimitIsTaken()
    {
        await chat.Onboard(Language.Ru);
        await chat.Say("/idea");

        var reply = Assert.Single(await chat.Say(new string('a', 121)));
        Assert.StartsWith("Слишком длинно (121/120).", reply.Text, StringComparison.Ordinal);

        await chat.Say("A" + string.Concat(Enumerable.Repeat("👍🏽", 119)));
        Assert.Equal(nameof(IdeaStep.Description), Assert.Single(chat.StoredConversations).Step);
    }

    [Fact]
    public async Task ADescriptionOverTheLimit_IsRefused()
    {
        await chat.Onboard(Language.Lv);
        await chat.Say("/idea");
        await chat.Say("Title");

        var reply = Assert.Single(await chat.Say(new string('ž', 2001)));

        Assert.StartsWith("Par garu (2001/2000).", reply.Text, StringComparison.Ordinal);
        Assert.Equal(nameof(IdeaStep.Description), Assert.Single(chat.StoredConversations).Step);
    }

    [Fact]
    public async Task AStickerOrPhotoWhereTextIsAsked_IsRefused()
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");

        Assert.StartsWith(En.InputNeedsText, Assert.Single(await chat.SendUnsupported()).Text, StringComparison.Ordinal);
        Assert.StartsWith(En.InputNeedsText, Assert.Single(await chat.SendPhoto("x")).Text, StringComparison.Ordinal);
        Assert.Equal(nameof(IdeaStep.Title), Assert.Single(chat.StoredConversations).Step);
    }

    [Fact]
    public async Task TextOrAnUnknownThemeAtTheThemeStep_AsksForTheButtons()
    {
        await StartAndAnswer("Title", "Description");

        Assert.StartsWith(En.InputNeedsTheme, Assert.Single(await chat.Say("parks please")).Text, StringComparison.Ordinal);
        Assert.StartsWith(En.InputNeedsTheme, Assert.Single(await chat.Press("idea:theme:casino")).Text, StringComparison.Ordinal);
        Assert.Equal(nameof(IdeaStep.Theme), Assert.Single(chat.StoredConversations).Step);
    }

    [Fact]
    public async Task TextAtThePhotoStep_AsksForAPhotoOrSkip()
    {
        await StartAndAnswer("Title", "Description");
        await chat.Press("idea:theme:culture");

        var reply = Assert.Single(await chat.Say("no photo"));

        Assert.StartsWith(En.InputNeedsPhoto, reply.Text, StringComparison.Ordinal);
        Assert.Equal(["idea:skip", "idea:cancel"], reply.Payloads());
    }

    [Fact]
    public async Task TextAtThePreview_AsksForTheButtons_AndShowsThePreviewAgain()
    {
        await StartAndAnswer("Title", "Description");
        await chat.Press("idea:theme:culture");
        await chat.Press("idea:skip");
        await chat.Press("idea:skip");

        var reply = Assert.Single(await chat.Say("yes"));

        Assert.StartsWith(En.InputUseButtons, reply.Text, StringComparison.Ordinal);
        Assert.Contains(En.IdeaPreviewQuestion, reply.Text, StringComparison.Ordinal);
        Assert.Empty(chat.Ideas.All);
    }

    [Fact]
    public async Task TheDraftIsKept_SoTheFlowResumesTheNextDayAtTheSameStep()
    {
        await StartAndAnswer("Benches", "By the river");
        chat.Clock.Advance(TimeSpan.FromDays(1));

        var reply = await chat.Press("idea:theme:parks");

        Assert.Equal(En.IdeaAskPhoto, reply[^1].Text);
        var draft = Assert.Single(chat.StoredConversations).ReadDraft<IdeaDraft>();
        Assert.Equal(("Benches", "By the river", "parks"), (draft.Title, draft.Description, draft.ThemeKey));
    }

    [Fact]
    public async Task Edit_ChangesOneField_ThenReturnsToThePreview()
    {
        await StartAndAnswer("Benchs", "By the river");
        await chat.Press("idea:theme:parks");
        await chat.Press("idea:skip");
        await chat.Press("idea:skip");

        var choices = (await chat.Press("idea:edit"))[^1];
        Assert.Equal(["idea:edit:title", "idea:edit:description", "idea:edit:theme", "idea:edit:photo", "idea:edit:place", "idea:edit:back"], choices.Payloads());
        var asked = Assert.Single(await chat.Press("idea:edit:title"), m => !m.ButtonsOnly);
        Assert.StartsWith("Now: Benchs\n\n", asked.Text, StringComparison.Ordinal);
        Assert.Equal(["idea:keep", "idea:cancel"], asked.Payloads());
        var preview = Assert.Single(await chat.Say("Benches"));

        Assert.Contains("<b>Benches</b>\nBy the river", preview.Text, StringComparison.Ordinal);
        Assert.Equal(nameof(IdeaStep.Preview), Assert.Single(chat.StoredConversations).Step);
    }

    [Theory]
    [InlineData("👍")]
    [InlineData(".")]
    [InlineData("— … —")]
    public async Task ATitleOfOnlyEmojiOrPunctuation_IsRefusedWithTheReason(string typed)
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");

        var reply = Assert.Single(await chat.Say(typed));

        Assert.StartsWith(En.InputTitleNeedsWords + "\n\n", reply.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(chat.StoredConversations).ReadDraft<IdeaDraft>().Title);
    }

    [Fact]
    public async Task Keep_LeavesTheFieldAsItWas()
    {
        await StartAndAnswer("Benches", "By the river");
        await chat.Press("idea:theme:parks");
        await chat.Press("idea:skip");
        await chat.Press("idea:skip");
        await chat.Press("idea:edit");
        await chat.Press("idea:edit:description");

        var preview = Assert.Single(await chat.Press("idea:keep"), m => !m.ButtonsOnly);

        Assert.Contains("<b>Benches</b>\nBy the river", preview.Text, StringComparison.Ordinal);
        Assert.Equal(nameof(IdeaStep.Preview), Assert.Single(chat.StoredConversations).Step);
    }

    [Fact]
    public async Task ChangingThePhoto_OffersToKeepOrRemoveIt_AndNeverDropsItSilently()
    {
        await StartAndAnswer("Benches", "By the river");
        await chat.Press("idea:theme:parks");
        await chat.SendPhoto("AgAD-photo");
        await chat.Press("idea:skip");
        await chat.Press("idea:edit");

        var asked = Assert.Single(await chat.Press("idea:edit:photo"), m => !m.ButtonsOnly);
        Assert.Equal(En.IdeaAskNewPhoto, asked.Text);
        Assert.Equal(["idea:keep", "idea:removephoto", "idea:cancel"], asked.Payloads());
        Assert.DoesNotContain("idea:skip", asked.Payloads());

        var kept = Assert.Single(await chat.Press("idea:keep"), m => !m.ButtonsOnly);
        Assert.Equal("AgAD-photo", kept.PhotoRef);

        await chat.Press("idea:edit");
        await chat.Press("idea:edit:photo");
        var removed = Assert.Single(await chat.Press("idea:removephoto"), m => !m.ButtonsOnly);
        Assert.Null(removed.PhotoRef);
        Assert.Null(Assert.Single(chat.StoredConversations).ReadDraft<IdeaDraft>().PhotoRef);
    }

    [Fact]
    public async Task ChangingThePlace_OffersToKeepIt_AndKeepLeavesItAsItWas()
    {
        await StartAndAnswer("Benches", "By the river");
        await chat.Press("idea:theme:parks");
        await chat.Press("idea:skip");
        await chat.Say("Central park");
        await chat.Press("idea:edit");

        var asked = Assert.Single(await chat.Press("idea:edit:place"), m => !m.ButtonsOnly);
        Assert.Equal(["idea:skip", "idea:keep", "idea:cancel"], asked.Payloads());

        var kept = Assert.Single(await chat.Press("idea:keep"), m => !m.ButtonsOnly);
        Assert.Contains("Central park", kept.Text, StringComparison.Ordinal);
        Assert.Equal("Central park", Assert.Single(chat.StoredConversations).ReadDraft<IdeaDraft>().PlaceText);
    }

    [Fact]
    public async Task Cancel_LeavesAtAnyStep_AndNothingIsSubmitted()
    {
        await StartAndAnswer("Title", "Description");

        var reply = Assert.Single(await chat.Say("/cancel"));

        Assert.Equal(En.Cancelled, reply.Text);
        Assert.Empty(chat.StoredConversations);
        Assert.Empty(chat.Ideas.All);

        await StartAndAnswer("Title", "Description");
        await chat.Press("idea:cancel");
        Assert.Empty(chat.StoredConversations);
    }

    [Fact]
    public async Task SubmitPressedTwice_CreatesOneIdea_AndTheSecondPressSaysItIsReceived()
    {
        await StartAndAnswer("Title", "Description");
        await chat.Press("idea:theme:parks");
        await chat.Press("idea:skip");
        var submit = (await chat.Press("idea:skip"))[^1].Payloads().First();

        await chat.Press(submit);
        var second = await chat.Press(submit);

        Assert.Single(chat.Ideas.All);
        Assert.Equal(En.IdeaAlreadyReceived(1), second[^1].Text);
    }

    [Fact]
    public async Task PastTheDailyLimit_APoliteAnswer_AndTheNextDayItWorksAgain()
    {
        chat.IdeasOptions.DailyLimit = 2;
        await chat.Onboard(Language.En);
        await chat.SubmitIdea("One");
        await chat.SubmitIdea("Two");

        var refused = Assert.Single(await chat.Say("/idea"));
        Assert.Equal(En.IdeaLimitReached(2), refused.Text);
        Assert.Empty(chat.StoredConversations);

        chat.Clock.Advance(TimeSpan.FromHours(24));
        await chat.SubmitIdea("Three");
        Assert.Equal(3, chat.Ideas.All.Count);
    }

    [Fact]
    public async Task OnlyMembersWhoConsented_CanStartAnIdea()
    {
        await chat.Say("/start");
        await chat.Press("lang:en");

        var reply = Assert.Single(await chat.Say("/idea"));

        Assert.Contains("Before we start", reply.Text, StringComparison.Ordinal);
        Assert.Empty(chat.StoredConversations);
    }

    [Fact]
    public async Task WhatThePersonTyped_IsEscapedInThePreview()
    {
        await StartAndAnswer("<b>Tom & Jerry</b>", "a <i>b</i> & c");
        await chat.Press("idea:theme:parks");
        await chat.Press("idea:skip");

        var preview = (await chat.Press("idea:skip"))[^1];

        Assert.Contains("<b>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</b>\na &lt;i&gt;b&lt;/i&gt; &amp; c", preview.Text, StringComparison.Ordinal);
        Assert.Equal("<b>Tom & Jerry</b>", Assert.Single(chat.StoredConversations).ReadDraft<IdeaDraft>().Title);
    }

    private async Task StartAndAnswer(string title, string description)
    {
        if (chat.StoredMembers.Count == 0)
        {
            await chat.Onboard(Language.En);
        }

        await chat.Say("/idea");
        await chat.Say(title);
        await chat.Say(description);
    }
}
