using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard;

public sealed partial class DashboardFigures
{
    /// <summary>
    /// The overview's first figures at <paramref name="now"/>: members, those new since this week's Monday, and the people
    /// who took part from the 1st of this month to today against the 1st of last month to the same day (or its last day,
    /// when last month was shorter), so a month three days old is not held against a whole one.
    /// </summary>
    public async Task<KeyFigures> KeyFiguresAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.Local(now));
        var (weekFrom, weekTo) = Days(WeekOf(now), today);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var lastMonth = thisMonth.AddMonths(-1);
        var sameDay = lastMonth.AddDays(Math.Min(today.Day, DateTime.DaysInMonth(lastMonth.Year, lastMonth.Month)) - 1);
        var (current, before) = (Days(thisMonth, today), Days(lastMonth, sameDay));
        return new KeyFigures(
            await db.Members.CountAsync(ct),
            await db.Members.CountAsync(m => m.CreatedAt >= weekFrom && m.CreatedAt < weekTo, ct),
            await Participation(current.From, current.To).CountAsync(ct),
            await Participation(before.From, before.To).CountAsync(ct));
    }
}
