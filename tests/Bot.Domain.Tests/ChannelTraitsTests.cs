using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>The channels' traits: every channel has them, and the window rule they carry.</summary>
public sealed class ChannelTraitsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EveryChannel_HasTraitsOfItsOwn()
    {
        foreach (var channel in Enum.GetValues<ChannelKind>())
        {
            Assert.Equal(channel, ChannelTraits.For(channel).Kind);
        }

        Assert.Equal(Enum.GetValues<ChannelKind>().Length, ChannelTraits.All.Select(t => t.Kind).Distinct().Count());
    }

    [Fact]
    public void AChannelWithoutTraits_IsRefused_RatherThanTakenForAnother()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelTraits.For((ChannelKind)99));
    }

    [Theory]
    [InlineData(ChannelKind.Messenger, MessagePurpose.General, 23.9, true)]
    [InlineData(ChannelKind.Messenger, MessagePurpose.General, 24, false)]
    [InlineData(ChannelKind.Messenger, MessagePurpose.ConfirmedEventReminder, 72, true)]
    [InlineData(ChannelKind.Telegram, MessagePurpose.General, 720, true)]
    [InlineData(ChannelKind.Console, MessagePurpose.General, 720, true)]
    public void OutsideItsWindow_AChannelTakesOnlyTaggedMessages(ChannelKind channel, MessagePurpose purpose, double hoursSinceTheyWrote, bool mayWrite)
    {
        Assert.Equal(mayWrite, ChannelTraits.For(channel).MayWrite(purpose, Now.AddHours(-hoursSinceTheyWrote), Now));
    }

    [Fact]
    public void ANameAtHealthAndAnExampleCoordinator_FollowTheChannelsName_UnlessItsTraitsSayOtherwise()
    {
        Assert.Equal(("telegram", "telegram:<numeric user id>"), (ChannelTraits.Telegram.HealthCheckName, ChannelTraits.Telegram.CoordinatorExample));
        Assert.Equal(("facebook-page", "facebookpage:<id>"), (ChannelTraits.FacebookPage.HealthCheckName, ChannelTraits.FacebookPage.CoordinatorExample));
    }
}
