using GenYCity.Bot.Host.Jobs;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// One of the earlier messages an outbox message went out as on WhatsApp (its photo, the first parts of a long text),
/// by its id, with the id of the last, which the outbox row keeps: so a failed status about the photo finds the row.
/// A WhatsApp message id encodes the person's number: the parts go with the person (/forgetme), and are purged with
/// the finished deliveries.
/// </summary>
public sealed class WhatsAppMessagePart(string messageId, string lastMessageId, string chatId, DateTimeOffset sentAt)
{
    public string MessageId { get; private set; } = messageId;

    public string ChatId { get; private set; } = chatId;

    public string LastMessageId { get; private set; } = lastMessageId;

    public DateTimeOffset SentAt { get; private set; } = sentAt;
}

internal sealed class WhatsAppMessagePartConfiguration : IEntityTypeConfiguration<WhatsAppMessagePart>
{
    public void Configure(EntityTypeBuilder<WhatsAppMessagePart> part)
    {
        part.ToTable("WhatsAppMessageParts");
        part.HasKey(p => p.MessageId);
        part.Property(p => p.MessageId).HasMaxLength(128);
        part.Property(p => p.LastMessageId).HasMaxLength(128);
        part.Property(p => p.ChatId).HasMaxLength(64);
        part.HasIndex(p => p.SentAt);
        part.HasIndex(p => p.ChatId);
    }
}

/// <summary>The parts are kept as long as the deliveries they belong to.</summary>
internal sealed class WhatsAppMessagePartRetention : IRetentionPart
{
    public string What => "WhatsApp message parts of finished deliveries";

    public Task<int> PurgeAsync(BotDbContext db, DateTimeOffset cutoff, CancellationToken ct) =>
        db.Set<WhatsAppMessagePart>().Where(p => p.SentAt < cutoff).ExecuteDeleteAsync(ct);
}
