using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// A template the bot sent to someone outside their 24-hour window: what Meta charges for, and what its messaging limit
/// counts (the people reached so in 24 hours). Kept a day, for the limit; a person's rows go when they are forgotten.
/// </summary>
public sealed class WhatsAppTemplateSend
{
    private WhatsAppTemplateSend()
    {
        ChatId = string.Empty;
        Kind = string.Empty;
    }

    public WhatsAppTemplateSend(string chatId, string kind, DateTimeOffset sentAt)
    {
        ChatId = chatId;
        Kind = kind;
        SentAt = sentAt;
    }

    public long Id { get; private set; }

    /// <summary>The person's WhatsApp id.</summary>
    public string ChatId { get; private set; }

    /// <summary>The kind of message (announcement, reminder, digest, ideanews).</summary>
    public string Kind { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}

internal sealed class WhatsAppTemplateSendConfiguration : IEntityTypeConfiguration<WhatsAppTemplateSend>
{
    public void Configure(EntityTypeBuilder<WhatsAppTemplateSend> send)
    {
        send.ToTable("WhatsAppTemplateSends");
        send.HasKey(s => s.Id);
        send.Property(s => s.ChatId).HasMaxLength(64);
        send.Property(s => s.Kind).HasMaxLength(32);
        send.HasIndex(s => s.SentAt);
        send.HasIndex(s => s.ChatId);
    }
}
