using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>Keeps, with a WhatsApp message's sent result, the ids of the earlier messages it went out as.</summary>
internal sealed class WhatsAppDeliveryHook : IDeliveryHook
{
    public ValueTask<string?> SkipReasonAsync(OutboundMessage message, CancellationToken ct) => ValueTask.FromResult<string?>(null);

    public Task<string?> FanOutSkipReasonAsync(BotDbContext db, Broadcast broadcast, CancellationToken ct) => Task.FromResult<string?>(null);

    public async Task RecordedAsync(BotDbContext db, IReadOnlyList<(OutboundMessage Message, SendResult Result)> results, DateTimeOffset now, CancellationToken ct)
    {
        var parts = results
            .Where(r => r.Message.To.Channel == ChannelKind.WhatsApp && r.Result is SendResult.Sent { MessageId: not null })
            .SelectMany(r => r.Result is SendResult.Sent sent
                ? sent.EarlierIds.Where(id => id != sent.MessageId).Select(id => (Id: id, Last: sent.MessageId!, Chat: r.Message.To.ChatId))
                : [])
            .DistinctBy(p => p.Id)
            .ToList();
        if (parts.Count == 0)
        {
            return;
        }

        // A result recorded again (after a failed write) adds nothing twice.
        var ids = parts.Select(p => p.Id).ToList();
        var known = await db.Set<WhatsAppMessagePart>().Where(p => ids.Contains(p.MessageId)).Select(p => p.MessageId).ToListAsync(ct);
        db.AddRange(parts.Where(p => !known.Contains(p.Id)).Select(p => new WhatsAppMessagePart(p.Id, p.Last, p.Chat, now)));
        await db.SaveChangesAsync(ct);
    }
}
