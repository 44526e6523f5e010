using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Host.Dispatch;
using Quartz;

namespace GenYCity.Bot.Host.Events;

/// <summary>
/// Ticks the reminders: asks the domain what is due and enqueues it in one unit of work. The database
/// remembers what was sent, so a tick that comes twice or late changes nothing it should not.
/// </summary>
[DisallowConcurrentExecution]
public sealed class EventReminderJob(UnitOfWork unitOfWork, ILogger<EventReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("event-reminders", "events");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        logger.LogDebug("Reminder tick scheduled for {ScheduledFireTime:O}", context.ScheduledFireTimeUtc);
        var (_, sent) = await unitOfWork.RunAsync<int>(async services =>
        {
            var due = await services.GetRequiredService<DueReminders>().EnqueueAsync(cancellationToken);
            return (due.Count, due);
        }, cancellationToken);
        if (sent > 0)
        {
            logger.LogInformation("Enqueued {Count} event reminders", sent);
        }
    }
}
