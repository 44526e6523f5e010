using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels.Meta;
using GenYCity.Bot.Host.Delivery;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// The Cloud API's errors as the delivery worker must act on them: its rate limits back off (130429, the number's
/// throughput, and 131048, its spam limit, hold the whole channel; 131056, the pair rate, holds the one chat); a number
/// that cannot be reached (131026) is unreachable; outside the 24-hour window (131047) is skipped; a template the city
/// has not got right (132000–132016) fails, said in the log; a refused access token (190, or 401) holds the channel
/// a minute at a time, said in the log, so nothing is lost while the city renews it; server errors and temporary ones
/// (1, 2, 131000, 131016) are tried again; the rest fail.
/// </summary>
internal static class WhatsAppErrors
{
    public const int Throughput = 130429;
    public const int SpamRate = 131048;
    public const int PairRate = 131056;

    /// <summary>How long one chat waits after the pair rate: Meta's pace is about one message in six seconds.</summary>
    public static readonly TimeSpan PairRateWait = TimeSpan.FromSeconds(6);

    public static SendResult Classify(GraphError error, ILogger logger)
    {
        var reason = error.Code is { } code ? $"{code} {error.Message}".Trim() : error.Reason;
        if (!string.IsNullOrWhiteSpace(error.Details) && !reason.Contains(error.Details, StringComparison.Ordinal))
        {
            reason = $"{reason}: {error.Details}";
        }

        if (error.Code == 190 || error.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            logger.LogError("WhatsApp refused the access token ({Reason}): check WhatsApp:AccessToken; messages wait until it is taken", reason);
            return new SendResult.RetryLater(reason, TimeSpan.FromSeconds(60), Overall: true) { Cause = RetryCause.Unauthorized };
        }

        switch (error.Code)
        {
            case Throughput:
                logger.LogWarning("WhatsApp asked to slow down: the number's throughput ({Reason})", reason);
                return new SendResult.RetryLater(reason, TimeSpan.FromSeconds(1), Overall: true) { Cause = RetryCause.RateLimited };
            case SpamRate or 80007 or 4:
                logger.LogWarning("WhatsApp asked to slow down: the account's limits ({Reason})", reason);
                return new SendResult.RetryLater(reason, TimeSpan.FromSeconds(60), Overall: true) { Cause = RetryCause.RateLimited };
            case PairRate:
                return new SendResult.RetryLater(reason, PairRateWait) { Cause = RetryCause.RateLimited };
            case WhatsAppStatus.Undeliverable:
                return new SendResult.Unreachable(reason);
            case WhatsAppStatus.ReEngagementNeeded:
                return new SendResult.Skipped($"{MessagingWindow.ClosedReason} ({reason})");
            case >= 132000 and <= 132016:
                logger.LogWarning("WhatsApp refused a template: check WhatsApp:Templates against the approved templates ({Reason})", reason);
                return new SendResult.Failed(reason);
            case 1 or 2 or 131000 or 131016:
                return new SendResult.RetryLater(reason);
            default:
                return error.IsThrottling ? new SendResult.RetryLater(reason) { Cause = RetryCause.RateLimited }
                    : error.IsTransient ? new SendResult.RetryLater(reason) : new SendResult.Failed(reason);
        }
    }
}
