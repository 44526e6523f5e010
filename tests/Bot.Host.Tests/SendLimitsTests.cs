using System.Diagnostics;
using GenYCity.Bot.Host.Delivery;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The pump's limits on their own, on a made-up clock: each chat's pace, what a 429 means, the overall pace and window.</summary>
public class SendLimitsTests
{
    private static readonly ChannelLimits Telegram = new() { PerSecond = 30, PaidPerSecond = 1000, ChatBurst = 1, ChatPerSecond = 1, GroupPerMinute = 20, GroupBurst = 1 };

    [Fact]
    public void AChat_GetsItsNextMessage_ASecondAfterThePlatformAnsweredTheLast()
    {
        var chats = new ChatLimits(Telegram);
        Assert.True(chats.TryAcquire("42", At(10), out _));
        chats.Answered("42", At(10.030));

        Assert.False(chats.TryAcquire("42", At(10.9), out var due));
        Assert.Equal(At(11.030), due);
        Assert.True(chats.TryAcquire("42", At(11.030), out _));
        Assert.True(chats.TryAcquire("43", At(10.9), out _));
    }

    [Fact]
    public void OnWhatsApp_APersonGetsABurst_ThenAboutOneMessageInSixSeconds_MetasPairRate()
    {
        var chats = new ChatLimits(ChannelLimits.From(GenYCity.Bot.Domain.Messaging.ChannelTraits.WhatsApp.Rates));
        var sent = new List<double>();
        for (var now = 0.0; now < 120; now += 0.05)
        {
            if (chats.TryAcquire("37120000001", At(now), out _))
            {
                chats.Answered("37120000001", At(now));
                sent.Add(now);
            }
        }

        // Ten at once (a reply of several parts goes without waiting), then one every six seconds.
        Assert.Equal(10, sent.Count(t => t < 1));
        Assert.All(sent.Skip(10).Select((at, k) => (At: at, Due: 6.0 * (k + 1))), send => Assert.InRange(send.At, send.Due - 0.001, send.Due + 0.06));
        Assert.InRange(sent.Count, 28, 30);
    }

    [Fact]
    public void AGroup_IsPacedOverTheMinute_SoNoMinuteHoldsMoreThanItsLimit()
    {
        var chats = new ChatLimits(Telegram);
        var sent = new List<double>();
        for (var now = 0.0; now < 120; now += 0.1)
        {
            if (chats.TryAcquire("-100200", At(now), out _))
            {
                chats.Answered("-100200", At(now));
                sent.Add(now);
            }
        }

        Assert.All(sent, start => Assert.True(sent.Count(t => t >= start && t < start + 60) <= 20));
        Assert.InRange(sent.Count, 36, 40);
    }

    [Fact]
    public void A429_ToAChatTheBotJustWroteTo_HoldsThatChatAlone_ForTheWholeWait()
    {
        var chats = new ChatLimits(Telegram);
        chats.Answered("42", At(10));

        Assert.Equal(Refusal.Chat, chats.Refused("42", At(11.2), TimeSpan.FromSeconds(60)));

        Assert.False(chats.TryAcquire("42", At(70), out var due));
        Assert.Equal(At(71.2), due);
        Assert.True(chats.TryAcquire("43", At(11.2), out _));
    }

    [Fact]
    public void A429_NothingExplains_AsksForAProbe_AndASecondOneFromAnotherChat_MeansTheBotAsAWhole()
    {
        var chats = new ChatLimits(Telegram);

        Assert.Equal(Refusal.Unexplained, chats.Refused("101", At(5), TimeSpan.FromSeconds(3)));
        Assert.Equal(Refusal.Overall, chats.Refused("102", At(6.1), TimeSpan.FromSeconds(3)));

        // Long after, a new refusal is looked at afresh.
        Assert.Equal(Refusal.Unexplained, chats.Refused("103", At(10), TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void ThreeChatsRefusedWithinASecond_MeanTheBotAsAWhole_EvenWhenEachHadJustBeenWrittenTo()
    {
        var chats = new ChatLimits(Telegram);
        foreach (var chat in new[] { "1", "2", "3" })
        {
            chats.Answered(chat, At(4));
        }

        Assert.Equal(Refusal.Chat, chats.Refused("1", At(5), TimeSpan.FromSeconds(1)));
        Assert.Equal(Refusal.Chat, chats.Refused("2", At(5.3), TimeSpan.FromSeconds(1)));
        Assert.Equal(Refusal.Overall, chats.Refused("3", At(5.6), TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void OneChatRefusedAgainAndAgain_IsNotTakenForTheBotAsAWhole()
    {
        var chats = new ChatLimits(Telegram);
        chats.Answered("42", At(1));

        Assert.Equal(Refusal.Chat, chats.Refused("42", At(2), TimeSpan.FromSeconds(1)));
        Assert.Equal(Refusal.Chat, chats.Refused("42", At(2.3), TimeSpan.FromSeconds(1)));
        Assert.Equal(Refusal.Chat, chats.Refused("42", At(2.6), TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void ThePacer_KeepsItsRate_WhenItsLoopWakesLate()
    {
        var pacer = new Pacer(990);
        var sent = 0;
        var now = 0.0;
        while (now < 10)
        {
            if (pacer.TryTake(At(now), out var wait))
            {
                sent++;
                continue;
            }

            // A timer that wakes between one and three milliseconds late.
            now += wait.TotalSeconds + 0.001 + (sent % 3 * 0.001);
        }

        Assert.InRange(sent, 9_880, 9_921);
    }

    [Fact]
    public void TheWindow_CountsASendUntilASecondAfterItsAnswer()
    {
        var window = new SendWindow(3);
        Assert.True(window.TryTake(At(0), out _));
        Assert.True(window.TryTake(At(0), out _));
        Assert.True(window.TryTake(At(0), out _));
        Assert.False(window.TryTake(At(0.5), out _));

        window.Finished(At(0.2));
        Assert.False(window.TryTake(At(1.1), out var wait));
        Assert.Equal(0.1, wait.TotalSeconds, 3);
        Assert.True(window.TryTake(At(1.21), out _));
        Assert.False(window.TryTake(At(1.21), out _));
    }

    private static long At(double seconds) => (long)(seconds * Stopwatch.Frequency);
}
