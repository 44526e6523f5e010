using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Dispatch;
using Quartz;

namespace GenYCity.Bot.Host.Jobs;

/// <summary>
/// Nightly with the retention job: tells residents silent for Privacy:InactiveMonths that their account will be
/// erased, and erases the ones told a month ago who have not written since, in one unit of work (a run repeated
/// or late does each once: the member row remembers the notice).
/// </summary>
[DisallowConcurrentExecution]
public sealed class InactiveAccountsJob(UnitOfWork unitOfWork, ILogger<InactiveAccountsJob> logger) : IJob
{
    public static readonly JobKey Key = new("inactive-accounts", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (_, (told, erased)) = await unitOfWork.RunAsync<(int, int)>(async services =>
        {
            var (notices, erased) = await services.GetRequiredService<InactiveAccounts>().RunAsync(cancellationToken);
            return ((notices.Count, erased), notices);
        }, cancellationToken);
        if (told + erased > 0)
        {
            logger.LogInformation("Silent accounts: told {Told} they will be erased, erased {Erased}", told, erased);
        }
    }
}
