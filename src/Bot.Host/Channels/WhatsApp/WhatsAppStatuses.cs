using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// A message the Cloud API took and later failed to deliver (a "failed" status): its outbox row, sent until then, is
/// marked failed with the error's code and title (131047: outside the window), or unreachable when the number cannot be
/// reached (131026), and then the person is too, as after a block on another platform. A status reported again finds
/// the row already changed and changes nothing. One that comes in the first minutes after it happened, about an id no
/// row knows yet while a message to that person is on its way (its result not yet written), is not taken yet: the call
/// is answered 503 and Meta brings it again. Any other status about an id nothing knows (purged, or sent by another
/// app on the number) is let go.
/// </summary>
internal sealed class WhatsAppStatuses(UnitOfWork unitOfWork, ILogger<WhatsAppStatuses> logger)
{
    /// <summary>How long after the failure a status about an id not yet known is asked for again rather than let go.</summary>
    public static readonly TimeSpan WaitForItsSend = TimeSpan.FromMinutes(2);

    /// <summary>Records the failures; false when one must wait for its send's result to be recorded first.</summary>
    public async Task<bool> RecordAsync(IReadOnlyList<WhatsAppStatus> failures, CancellationToken ct)
    {
        if (failures.Count == 0)
        {
            return true;
        }

        var (_, (recorded, early)) = await unitOfWork.RunAsync(async services =>
        {
            var db = services.GetRequiredService<BotDbContext>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var (count, waiting) = (0, false);
            foreach (var failure in failures)
            {
                // A message that went as several (its photo, then its text) is kept by its last id; an earlier one's leads to it.
                var id = await db.Set<WhatsAppMessagePart>().Where(p => p.MessageId == failure.MessageId).Select(p => p.LastMessageId).FirstOrDefaultAsync(ct)
                    ?? failure.MessageId;
                var row = await db.Deliveries.FirstOrDefaultAsync(d => d.Channel == ChannelKind.WhatsApp && d.SentMessageId == id, ct);
                if (row is null)
                {
                    // Meta's timestamp is real time, as is this: the bot's own clock is not asked.
                    waiting |= failure.At is { } at && TimeProvider.System.GetUtcNow() - at < WaitForItsSend
                        && await db.Deliveries.AnyAsync(d => d.Channel == ChannelKind.WhatsApp && d.ChatId == failure.RecipientId && d.Status == DeliveryStatus.Sending, ct);
                    continue;
                }

                if (row.Status != DeliveryStatus.Sent)
                {
                    // Recorded already (Meta says it again), or the send itself was refused: nothing to change.
                    continue;
                }

                count++;
                if (!failure.MeansUnreachable)
                {
                    row.MarkFailed(failure.Reason, now);
                    continue;
                }

                row.MarkUnreachable(failure.Reason, now);
                foreach (var member in await db.Members.Where(m => m.Channel == ChannelKind.WhatsApp && m.ChatId == row.ChatId).ToListAsync(ct))
                {
                    member.BlockedTheBot();
                }
            }

            return ((count, waiting), (IReadOnlyList<OutboundMessage>?)[]);
        }, ct);
        if (recorded > 0)
        {
            logger.LogInformation("WhatsApp reported {Count} sent messages as not delivered", recorded);
        }

        return !early;
    }
}
