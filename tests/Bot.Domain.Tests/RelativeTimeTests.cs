using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>"Today", "tomorrow", "in N days" by the calendar in Riga, and hours only when it is that close.</summary>
public sealed class RelativeTimeTests
{
    private readonly EventTime time = new(new BotOptions { TimeZone = "Europe/Riga" });

    /// <summary>A wall-clock time in Riga, with its offset on that date (+02:00 in winter, +03:00 in summer).</summary>
    private static DateTimeOffset Riga(int year, int month, int day, int hour, int minute, int offset) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(offset));

    [Theory]
    [InlineData("lv", "pēc 2 dienām")]
    [InlineData("ru", "через 2 дня")]
    [InlineData("en", "in 2 days")]
    public void At2350_AnEventAt0010TheDayAfterTomorrow_IsInTwoDays(string language, string expected) =>
        Assert.Equal(expected, time.Relative(Riga(2026, 11, 25, 0, 10, 2), Riga(2026, 11, 23, 23, 50, 2), language));

    [Theory]
    [InlineData("lv", "rīt")]
    [InlineData("ru", "завтра")]
    [InlineData("en", "tomorrow")]
    public void At0010_AnEventLateTomorrowEvening_IsTomorrow(string language, string expected) =>
        Assert.Equal(expected, time.Relative(Riga(2026, 11, 24, 23, 50, 2), Riga(2026, 11, 23, 0, 10, 2), language));

    [Theory]
    [InlineData("lv", "šodien", "šodien plkst. 23:50")]
    [InlineData("ru", "сегодня", "сегодня в 23:50")]
    [InlineData("en", "today", "today at 23:50")]
    public void At0010_AnEventAt2350_IsToday(string language, string expected, string withTime)
    {
        var (starts, now) = (Riga(2026, 11, 23, 23, 50, 2), Riga(2026, 11, 23, 0, 10, 2));

        Assert.Equal(expected, time.Relative(starts, now, language));
        Assert.Equal(withTime, time.RelativeWithTime(starts, now, language));
    }

    [Theory]
    [InlineData("lv", "pēc 20 minūtēm")]
    [InlineData("ru", "через 20 минут")]
    [InlineData("en", "in 20 minutes")]
    public void At2350_AnEventAt0010_IsInTwentyMinutes_NotTomorrow(string language, string expected) =>
        Assert.Equal(expected, time.RelativeWithTime(Riga(2026, 11, 24, 0, 10, 2), Riga(2026, 11, 23, 23, 50, 2), language));

    [Theory]
    [InlineData("lv", "rīt plkst. 18:00")]
    [InlineData("ru", "завтра в 18:00")]
    [InlineData("en", "tomorrow at 18:00")]
    public void TheDayBeforeReminder_SaysTomorrowAtTheTime_NotIn24Hours(string language, string expected) =>
        Assert.Equal(expected, time.RelativeWithTime(Riga(2026, 11, 24, 18, 0, 2), Riga(2026, 11, 23, 18, 0, 2), language));

    [Theory]
    [InlineData(45, "in 45 minutes")]
    [InlineData(60, "in 1 hour")]
    [InlineData(100, "in 2 hours")]
    [InlineData(179, "in 3 hours")]
    [InlineData(180, "today")]
    public void WithinAFewHours_TheHoursAreSaid(int minutes, string expected)
    {
        var now = Riga(2026, 11, 23, 9, 0, 2);

        Assert.Equal(expected, time.Relative(now.AddMinutes(minutes), now, Language.En));
    }

    [Fact]
    public void WhenTheClocksGoForward_TheHoursAreTheRealOnes()
    {
        // 28 March 2027: at 03:00 in Riga the clocks jump to 04:00, so 02:30 to 04:30 is one hour.
        var now = Riga(2027, 3, 28, 2, 30, 2);
        var starts = Riga(2027, 3, 28, 4, 30, 3);

        Assert.Equal("in 1 hour", time.Relative(starts, now, Language.En));
        Assert.Equal("pēc 1 stundas", time.Relative(starts, now, Language.Lv));
    }

    [Fact]
    public void WhenTheClocksGoBack_TheHoursAreTheRealOnes()
    {
        // 31 October 2027: at 04:00 in Riga the clocks go back to 03:00, so 02:30 to 03:30 (winter) is two hours.
        var now = Riga(2027, 10, 31, 2, 30, 3);
        var starts = Riga(2027, 10, 31, 3, 30, 2);

        Assert.Equal("in 2 hours", time.Relative(starts, now, Language.En));
        Assert.Equal("через 2 часа", time.Relative(starts, now, Language.Ru));
    }

    [Theory]
    [InlineData(23, 50, 28, 23, 50, "tomorrow")]
    [InlineData(0, 10, 29, 0, 10, "in 2 days")]
    [InlineData(12, 0, 29, 11, 0, "in 2 days")]
    public void AcrossTheNightTheClocksChange_CalendarDaysCount(int hour, int minute, int day, int startHour, int startMinute, string expected)
    {
        // From Saturday 27 March 2027 (winter time) to a day in summer time.
        var now = Riga(2027, 3, 27, hour, minute, 2);
        var starts = Riga(2027, 3, day, startHour, startMinute, 3);

        Assert.Equal(expected, time.Relative(starts, now, Language.En));
    }
}
