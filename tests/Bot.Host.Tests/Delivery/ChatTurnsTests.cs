using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using static GenYCity.Bot.Host.Tests.PumpParts;

namespace GenYCity.Bot.Host.Tests;

/// <summary>Each chat's turn on its own, on a fake clock: one message on its way per chat, in order; 429s; a new taking of the lease.</summary>
public class ChatTurnsTests
{
    private readonly WatchedClock clock = Clock();
    private readonly LanePauses pauses;
    private readonly ChatTurns chats;

    public ChatTurnsTests()
    {
        pauses = new LanePauses(TelegramLimits, clock);
        chats = new ChatTurns(TelegramLimits, pauses, clock, Logger, ChannelKind.Telegram);
    }

    private long Now => clock.GetTimestamp();

    [Fact]
    public void AChatsMessages_GoOneAtATime_InTheirOrder_WhileOtherChatsGoOn()
    {
        Assert.True(chats.TryStart(Item(1)));
        Assert.False(chats.TryStart(Item(2)));
        Assert.False(chats.TryStart(Item(3)));
        Assert.True(chats.TryStart(Item(4, chat: "43")));

        chats.ReleaseFinished(epoch: 1);
        Assert.Null(chats.NextFreed(Now));

        chats.Finished(Item(1), Sent, Now);
        chats.ReleaseFinished(epoch: 1);
        Assert.Equal(2, chats.NextFreed(Now)?.Id);
        Assert.Null(chats.NextFreed(Now));

        chats.Finished(Item(2), Sent, Now);
        chats.ReleaseFinished(epoch: 1);
        Assert.Equal(3, chats.NextFreed(Now)?.Id);

        // The chat's last message done, the chat is free: a new one goes at once.
        chats.Finished(Item(3), Sent, Now);
        chats.ReleaseFinished(epoch: 1);
        Assert.True(chats.TryStart(Item(5)));
    }

    [Fact]
    public void AMessageOverItsChatsLimit_WaitsAside_UntilTheChatMayHaveIt()
    {
        Assert.True(chats.TryStart(Item(1)));
        Assert.True(chats.WithinChatLimit(Item(1), Now));
        chats.Finished(Item(1), Sent, Now);
        chats.ReleaseFinished(epoch: 1);
        Assert.True(chats.TryStart(Item(2)));

        // Telegram: a second between two messages to one chat, counted from the answer to the first.
        Assert.False(chats.WithinChatLimit(Item(2), Now));
        Assert.Equal(Now + clock.TimestampFrequency, chats.NextAsideDue());
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Null(chats.NextFreed(Now));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, chats.NextFreed(Now)?.Id);
        Assert.True(chats.WithinChatLimit(Item(2), Now));
    }

    [Fact]
    public void AMessageThatWasSkipped_DoesNotHoldBackItsChatsNext()
    {
        Assert.True(chats.TryStart(Item(1)));
        Assert.False(chats.TryStart(Item(2)));
        chats.Finished(Item(1), new SendResult.Skipped("the person was erased"), Now);
        chats.ReleaseFinished(epoch: 1);

        var next = chats.NextFreed(Now)!;
        Assert.True(chats.WithinChatLimit(next, Now));
    }

    [Fact]
    public void ARefusedMessage_GoesAgainWhenItsChatMayHaveIt_AheadOfTheChatsLaterMessages()
    {
        // The bot wrote to the chat a moment ago: the 429 is the chat's own limit, and only the chat waits.
        Assert.True(chats.TryStart(Item(1)));
        chats.Finished(Item(1), Sent, Now);
        chats.ReleaseFinished(epoch: 1);
        Assert.True(chats.TryStart(Item(2)));
        Assert.False(chats.TryStart(Item(3)));
        chats.Finished(Item(2), TooMany(30), Now);
        chats.ReleaseFinished(epoch: 1);

        Assert.False(pauses.IsPaused(DeliveryLane.Reply, Now));
        Assert.True(chats.TryStart(Item(4, chat: "43")));
        clock.Advance(TimeSpan.FromSeconds(29.9));
        Assert.Null(chats.NextFreed(Now));
        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(2, chats.NextFreed(Now)?.Id);
        Assert.Null(chats.NextFreed(Now));

        chats.Finished(Item(2), Sent, Now);
        chats.ReleaseFinished(epoch: 1);
        Assert.Equal(3, chats.NextFreed(Now)?.Id);
    }

    [Fact]
    public void A429ForTheBotAsAWhole_PausesTheLanes_AndAFreedChatWaitsForThePause()
    {
        Assert.True(chats.TryStart(Item(1)));
        Assert.False(chats.TryStart(Item(2)));
        Assert.True(chats.TryStart(Item(3, chat: "43")));
        chats.Finished(Item(3, chat: "43"), TooMany(5, overall: true), Now);
        chats.Finished(Item(1), Sent, Now);
        chats.ReleaseFinished(epoch: 1);

        Assert.True(pauses.IsPaused(DeliveryLane.Reply, Now));
        Assert.True(pauses.IsPaused(DeliveryLane.Broadcast, Now));
        Assert.Null(chats.NextFreed(Now));
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(new long?[] { 2, 3 }, new[] { chats.NextFreed(Now)?.Id, chats.NextFreed(Now)?.Id }.Order());
    }

    [Fact]
    public void A429NothingExplains_PausesTheLanesForAProbe_NotForTheWholeWait()
    {
        Assert.True(chats.TryStart(Item(1)));
        chats.Finished(Item(1), TooMany(60), Now);
        chats.ReleaseFinished(epoch: 1);

        Assert.True(pauses.IsPaused(DeliveryLane.Reply, Now));
        clock.Advance(ChatLimits.Probe);
        Assert.False(pauses.IsPaused(DeliveryLane.Reply, Now));
        Assert.Null(chats.NextFreed(Now));
    }

    [Fact]
    public void ASendFromAnEarlierTakingOfTheLease_FreesNoChatOfTheNewOne()
    {
        Assert.True(chats.TryStart(Item(1, epoch: 1)));
        chats.Forget();
        Assert.True(chats.TryStart(Item(1, epoch: 2)));
        Assert.False(chats.TryStart(Item(2, epoch: 2)));

        chats.Finished(Item(1, epoch: 1), TooMany(30), Now);
        chats.ReleaseFinished(epoch: 2);
        Assert.Null(chats.NextFreed(Now));
        Assert.Null(chats.NextAsideDue());
        Assert.False(pauses.IsPaused(DeliveryLane.Reply, Now));
    }

    [Fact]
    public void Forget_DropsWhatIsHeldAndAside_AndFreesEveryChat()
    {
        Assert.True(chats.TryStart(Item(1)));
        Assert.False(chats.TryStart(Item(2)));
        chats.Later(Item(1));
        Assert.NotNull(chats.NextAsideDue());

        chats.Forget();

        Assert.Null(chats.NextAsideDue());
        Assert.Null(chats.NextFreed(Now));
        Assert.True(chats.TryStart(Item(1, epoch: 2)));
    }
}
