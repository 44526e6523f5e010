using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Host.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace GenYCity.Bot.Host.Digest;

/// <summary>The digest's schedule, from the configured cron in the city's time zone.</summary>
internal sealed class DigestSchedule : IDigestSchedule
{
    private readonly CronExpression cron;

    public DigestSchedule(IOptions<DigestOptions> options, BotOptions bot) =>
        cron = new CronExpression(options.Value.Cron, TimeZoneInfo.TryFindSystemTimeZoneById(bot.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc);

    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset now)
    {
        DateTimeOffset? latest = null;
        for (var next = cron.GetNextValidTimeAfter(now.AddDays(-7)); next is { } at && at <= now; next = cron.GetNextValidTimeAfter(at))
        {
            latest = at;
        }

        return latest;
    }

    public DateTimeOffset? NextAfter(DateTimeOffset now) => cron.GetNextValidTimeAfter(now);
}

/// <summary>
/// Issues the weekly digest: finds the latest scheduled send at or before now and, unless that period was
/// issued already, issues it in one unit of work. It runs on the cron and once at start, so a Monday
/// missed while the bot was down is caught up once; the period's unique key makes a second run, or a
/// second instance, do nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WeeklyDigestJob(UnitOfWork unitOfWork, IDigestSchedule schedule, TimeProvider clock, ILogger<WeeklyDigestJob> logger) : IJob
{
    public static readonly JobKey Key = new("weekly-digest", "digest");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (schedule.LatestAtOrBefore(now) is not { } scheduledAt)
        {
            return;
        }

        DigestIssue? issued = null;
        try
        {
            await unitOfWork.RunAsync(async services =>
            {
                issued = await services.GetRequiredService<DigestIssuer>().IssueAsync(scheduledAt, now, cancellationToken);
                return issued is null ? null : [];
            }, cancellationToken);
        }
        catch (DbUpdateException) when (issued is not null)
        {
            // Another run or instance issued the same period a moment earlier: its key is taken.
            logger.LogInformation("The digest of {Period} was issued by another run", issued.Key);
            return;
        }

        if (issued is not null)
        {
            logger.LogInformation(
                "Weekly digest of {Period}: {Outcome}", issued.Key, issued.HadNews ? "sending to subscribers" : "nothing new, not sent");
        }
    }
}
