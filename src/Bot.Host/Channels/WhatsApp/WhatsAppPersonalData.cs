using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Jobs;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// The templates sent to a person on WhatsApp, in /mydata; /forgetme removes them, and the ids of the messages their
/// messages went out as (which encode their number, and are shown with the outbox's technical records, not here).
/// </summary>
internal sealed class WhatsAppPersonalData(BotDbContext db) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(WhatsAppTemplateSend), typeof(WhatsAppMessagePart)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct)
    {
        if (member.Channel == ChannelKind.WhatsApp)
        {
            data.Add("whatsapp_templates", await db.Set<WhatsAppTemplateSend>().AsNoTracking().Where(s => s.ChatId == member.ChatId)
                .OrderBy(s => s.Id).Select(s => new { s.Kind, s.SentAt }).ToListAsync(ct));
        }
    }

    public async Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        if (member.Channel == ChannelKind.WhatsApp)
        {
            await db.Set<WhatsAppTemplateSend>().Where(s => s.ChatId == member.ChatId).ExecuteDeleteAsync(ct);
            await db.Set<WhatsAppMessagePart>().Where(p => p.ChatId == member.ChatId).ExecuteDeleteAsync(ct);
        }
    }
}

/// <summary>Templates are counted for a day: older records go with the retention job.</summary>
internal sealed class WhatsAppTemplateRetention(TimeProvider clock) : IRetentionPart
{
    public string What => "WhatsApp template records older than a day";

    public Task<int> PurgeAsync(BotDbContext db, DateTimeOffset cutoff, CancellationToken ct)
    {
        // Not the retention period: the messaging limit counts a day, and the bill is Meta's to keep.
        var dayAgo = clock.GetUtcNow() - BusinessInitiatedLimit.Day;
        var before = cutoff < dayAgo ? dayAgo : cutoff;
        return db.Set<WhatsAppTemplateSend>().Where(s => s.SentAt < before).ExecuteDeleteAsync(ct);
    }
}
