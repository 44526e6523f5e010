namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// The record that one reminder was sent. Its key includes the start time it was for, so a reminder goes
/// out exactly once per time, however often the job runs, and a changed time arms the reminders again.
/// </summary>
public sealed record EventReminder(long EventId, long MemberId, ReminderKind Kind, DateTimeOffset EventStartsAt, DateTimeOffset SentAt);
