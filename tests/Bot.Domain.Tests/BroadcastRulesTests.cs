using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>The broadcast's own rules, which the host's worker calls: its reports to the sender and who is skipped.</summary>
public sealed class BroadcastRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    [Fact]
    public void OnceEveryMessageIsFinished_TheFinalReportIsDue_InTheSendersLanguage()
    {
        var broadcast = SentBy(ChannelKind.Telegram, Language.Lv);

        var report = broadcast.ReportDue(new BroadcastCounts(3, 2, 1, 0, 0), Now, Interval);

        Assert.Equal(new BroadcastReport(Phrasebook.For(Language.Lv).BroadcastDone(2, 1, 0, 0), Final: true), report);
    }

    [Fact]
    public void ABroadcastAlreadyDone_HasNoReportDue_SoASecondProcessDoesNotSendTheFinalOneAgain()
    {
        var broadcast = SentBy(ChannelKind.Telegram, Language.Lv);
        var counts = new BroadcastCounts(3, 2, 1, 0, 0);
        broadcast.Complete(Now, counts);

        Assert.Null(broadcast.ReportDue(counts, Now.AddSeconds(1), Interval));
    }

    [Fact]
    public void Progress_IsDueWhereItCanBeEdited_WhenItChanged_AndNotTooOften()
    {
        var broadcast = SentBy(ChannelKind.Telegram, Language.En);
        var counts = new BroadcastCounts(10, 4, 0, 0, 0);

        var first = broadcast.ReportDue(counts, Now, Interval);
        Assert.Equal(new BroadcastReport(Phrasebook.For(Language.En).BroadcastProgress(4, 10, 0), Final: false), first);
        broadcast.Reported(first!.Text, Now, progressDeliveryId: 1);

        Assert.Null(broadcast.ReportDue(new BroadcastCounts(10, 5, 0, 0, 0), Now.AddSeconds(5), Interval));
        Assert.Null(broadcast.ReportDue(counts, Now.AddSeconds(20), Interval));
        Assert.NotNull(broadcast.ReportDue(new BroadcastCounts(10, 5, 0, 0, 0), Now.AddSeconds(20), Interval));
    }

    [Fact]
    public void OnMessenger_WhereMessagesCannotBeEdited_OnlyTheFinalReportIsSent()
    {
        var broadcast = SentBy(ChannelKind.Messenger, Language.En);

        Assert.Null(broadcast.ReportDue(new BroadcastCounts(10, 4, 0, 0, 0), Now, Interval));
        Assert.True(broadcast.ReportDue(new BroadcastCounts(10, 10, 0, 0, 0), Now, Interval)!.Final);
    }

    [Theory]
    [InlineData(ChannelKind.Messenger, 23, true)]
    [InlineData(ChannelKind.Messenger, 25, false)]
    [InlineData(ChannelKind.WhatsApp, 23, true)]
    [InlineData(ChannelKind.WhatsApp, 25, false)]
    [InlineData(ChannelKind.Telegram, 2400, true)]
    [InlineData(ChannelKind.Console, 2400, true)]
    public void MessengerAndWhatsApp_WriteFreelyOnlyWithin24HoursOfThePersonsLastMessage(ChannelKind channel, int hoursSinceTheyWrote, bool open) =>
        Assert.Equal(open, MessagingWindow.IsOpen(channel, Now.AddHours(-hoursSinceTheyWrote), Now));

    private static Broadcast SentBy(ChannelKind channel, Language language)
    {
        var coordinator = new Member(channel, "1", "1", language, Now);
        return Broadcast.Create(BroadcastKind.Announcement, AudienceKind.AnnouncementSubscribers, null, new BroadcastContent(new Dictionary<Language, OutboundTemplate>()), coordinator, Now);
    }
}
