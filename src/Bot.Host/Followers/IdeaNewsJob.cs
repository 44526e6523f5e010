using GenYCity.Bot.Domain.Results;
using GenYCity.Bot.Host.Dispatch;
using Quartz;

namespace GenYCity.Bot.Host.Followers;

/// <summary>
/// Ticks the followers' notices: the domain folds what each idea's followers have not heard yet into one
/// broadcast, and marks it told, in one unit of work; a tick that comes twice or late tells each entry once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class IdeaNewsJob(UnitOfWork unitOfWork, TimeProvider clock, ILogger<IdeaNewsJob> logger) : IJob
{
    public static readonly JobKey Key = new("idea-news", "results");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (_, round) = await unitOfWork.RunAsync<FollowerNotices.Round?>(async services =>
        {
            var due = await services.GetRequiredService<FollowerNotices>().StartDueAsync(clock.GetUtcNow(), cancellationToken);
            return (due, due.Changed ? [] : null);
        }, cancellationToken);
        if (round is { Changed: true })
        {
            logger.LogInformation("Started {Count} notices to the followers of ideas; {Dropped} ideas' news had no one to tell", round.Started, round.Dropped);
        }
    }
}
