using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>What the guided-flow engine gives every flow: a stored step it no longer knows is an explicit case.</summary>
public sealed class GuidedFlowTests
{
    private static readonly Phrasebook En = Phrasebook.For(Language.En);
    private readonly ChatHarness chat = new();

    [Theory]
    [InlineData("Details")]
    [InlineData("description")]
    [InlineData("1")]
    public async Task AStepTheFlowNoLongerHas_IsSaid_TheDraftIsKept_AndItGoesOnFromTheFirstStepItLacks(string stored)
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");
        await chat.Say("Benches by the Daugava");
        Rename(stored);

        var replies = await chat.Say("Ten of them");

        Assert.Equal([En.FlowStepLost, En.IdeaAskDescription(Idea.MaxDescriptionLength)], replies.Select(r => r.Text));
        var conversation = chat.StoredConversations.Single();
        Assert.Equal(nameof(IdeaStep.Description), conversation.Step);
        Assert.Equal("Benches by the Daugava", conversation.ReadDraft<IdeaDraft>().Title);
        Assert.Null(conversation.ReadDraft<IdeaDraft>().Description);
    }

    [Fact]
    public async Task AWholeDraftAtALostStep_GoesToItsPreview()
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");
        await chat.Say("Benches by the Daugava");
        await chat.Say("Ten of them.");
        await chat.Press(SubmitIdeaFlow.Payload("theme:parks"));
        Rename("Picture");

        var replies = await chat.Press(Drafts.Continue);

        Assert.Equal(En.FlowStepLost, replies[^2].Text);
        Assert.StartsWith(En.IdeaPreviewHeader, replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(nameof(IdeaStep.Preview), chat.StoredConversations.Single().Step);
    }

    [Fact]
    public async Task TheEditMenu_IsMadeFromTheSteps_TwoToARow_WithBack()
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");
        await chat.Say("Benches by the Daugava");
        await chat.Say("Ten of them.");
        await chat.Press(SubmitIdeaFlow.Payload("theme:parks"));
        await chat.Press(SubmitIdeaFlow.Payload("skip"));
        await chat.Press(SubmitIdeaFlow.Payload("skip"));

        var menu = (await chat.Press(SubmitIdeaFlow.Payload("edit")))[^1];

        Assert.Equal(En.EditWhich, menu.Text);
        Assert.Equal(
            [["idea:edit:title", "idea:edit:description"], ["idea:edit:theme", "idea:edit:photo"], ["idea:edit:place", "idea:edit:back"]],
            menu.Buttons.Select(row => row.Select(b => b.Payload).ToArray()).ToArray());
    }

    /// <summary>As if an update had renamed the step the person's draft is stored at.</summary>
    private void Rename(string step)
    {
        var conversation = chat.StoredConversations.Single();
        conversation.MoveTo(step, conversation.ReadDraft<IdeaDraft>(), chat.Clock.GetUtcNow());
    }
}
