using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Typed payloads: each handler packs and unpacks its own, and a payload it does not know never reaches it.</summary>
public sealed class ButtonDataTests
{
    private static readonly Phrasebook En = Phrasebook.For(Language.En);

    [Fact]
    public void APress_PacksToThePayloadsAlreadyOnPeoplesScreens_AndBack()
    {
        Assert.Equal("rsvp:maybe:12", RsvpButtons.Payload(RsvpAnswer.Maybe, 12));
        Assert.Equal(new RsvpPress(RsvpAnswer.Maybe, 12), RsvpButtons.Buttons.Unpack("maybe:12"));
        Assert.Equal("vote:flag:3:offtopic", VoteButtons.Buttons.Pack(new VotePress(VoteButtons.Report, 3, ReportReason.NotAboutTheCity)));
        Assert.Equal(new VotePress(VoteButtons.Report, 3, ReportReason.NotAboutTheCity), VoteButtons.Buttons.Unpack("flag:3:offtopic"));
        Assert.Equal("mod:wip:7", ModerationButtonsHandler.Payload(ModerationButtonsHandler.InProgress, 7));
    }

    [Theory]
    [InlineData("go:x")]
    [InlineData("go:-1")]
    [InlineData("go:0")]
    [InlineData("go:+5")]
    [InlineData("go:١٢")]
    [InlineData("go:1:extra")]
    [InlineData("going:1")]
    [InlineData("")]
    public void ATamperedPayload_DoesNotUnpack(string argument) =>
        Assert.Null(RsvpButtons.Buttons.Unpack(argument));

    [Theory]
    [InlineData("rsvp:go:abc")]
    [InlineData("vote:up:1:2")]
    [InlineData("vote:flag:1:rude")]
    [InlineData("mod:approve:1")]
    [InlineData("ev:who:x")]
    [InlineData("cal:")]
    [InlineData("lang:de")]
    [InlineData("set:everything")]
    [InlineData("forget:maybe")]
    [InlineData("draft:keep")]
    [InlineData("ideas:0")]
    [InlineData("dg:x:1")]
    public async Task ATamperedOrStaleButton_IsAnsweredNoLongerActive_AndChangesNothing(string payload)
    {
        var chat = new ChatHarness();
        await chat.Onboard(Language.En, userId: "1");
        var before = chat.Member("1").Subscriptions;

        var replies = await chat.Press(payload, userId: "1");

        Assert.Equal(En.StaleButton, Assert.Single(replies).Text);
        Assert.Equal(before, chat.Member("1").Subscriptions);
        Assert.Equal(Language.En, chat.Member("1").Language);
        Assert.Empty(chat.StoredConversations);
    }
}
