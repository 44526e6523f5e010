namespace GenYCity.Bot.Domain.Events;

/// <summary>Which reminder: a day before (Going and Maybe) or an hour before (Going).</summary>
public enum ReminderKind
{
    DayBefore,
    HourBefore,
}
