using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using DeliveryRow = GenYCity.Bot.Domain.Delivery.Delivery;

namespace GenYCity.Bot.Host.Persistence;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.HasKey(m => m.Id);
        member.Property(m => m.ExternalId).HasMaxLength(128);
        member.Property(m => m.ChatId).HasMaxLength(128);
        member.Property(m => m.DisplayName).HasMaxLength(Member.MaxDisplayNameLength * Domain.Chat.TextInput.MaxUnitsPerCharacter);
        member.Property(m => m.Consent).HasConversion<string>().HasMaxLength(16);
        member.HasIndex(m => new { m.Channel, m.ExternalId }).IsUnique();
        member.HasIndex(m => new { m.Channel, m.ChatId });
    }
}

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> conversation)
    {
        conversation.HasKey(c => c.MemberId);
        conversation.Property(c => c.Flow).HasMaxLength(32);
        conversation.Property(c => c.Step).HasMaxLength(32);
        conversation.HasOne<Member>().WithOne().HasForeignKey<Conversation>(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcessedUpdateConfiguration : IEntityTypeConfiguration<ProcessedUpdate>
{
    public void Configure(EntityTypeBuilder<ProcessedUpdate> update)
    {
        update.HasKey(u => u.Key);
        update.Property(u => u.Key).HasMaxLength(200);
        update.Property(u => u.Sender).HasMaxLength(160);
        update.HasIndex(u => u.ProcessedAt);
        update.HasIndex(u => u.Sender);
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<DeliveryRow>
{
    public void Configure(EntityTypeBuilder<DeliveryRow> delivery)
    {
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.ChatId).HasMaxLength(128);
        delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        // Stored as its number: the worker orders by it, and Reply (0) must come before Broadcast (1).
        delivery.Property(d => d.Lane).HasConversion<int>();
        delivery.Property(d => d.SentMessageId).HasMaxLength(128);
        delivery.Property(d => d.LastError).HasMaxLength(DeliveryRow.MaxErrorLength);
        delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
        // Claims read one channel and lane in id order.
        delivery.HasIndex(d => new { d.Status, d.Channel, d.Lane, d.Id });
        delivery.Property(d => d.MigratedFromChatId).HasMaxLength(128);
        delivery.HasIndex(d => new { d.BroadcastId, d.Status });
    }
}

internal sealed class IdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    public void Configure(EntityTypeBuilder<Idea> idea)
    {
        idea.HasKey(i => i.Id);
        idea.Property(i => i.Title).HasMaxLength(1000);
        idea.Property(i => i.ThemeKey).HasMaxLength(24);
        idea.Property(i => i.PhotoRef).HasMaxLength(1000);
        idea.Property(i => i.SubmissionKey).HasMaxLength(32);
        idea.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        idea.Property(i => i.Version).IsConcurrencyToken();
        idea.HasIndex(i => i.SubmissionKey).IsUnique();
        idea.HasIndex(i => new { i.Status, i.IsHidden, i.SupportCount });
        idea.HasIndex(i => new { i.AuthorId, i.CreatedAt });
        idea.HasOne<Member>().WithMany().HasForeignKey(i => i.AuthorId).OnDelete(DeleteBehavior.SetNull);
        idea.HasMany(i => i.History).WithOne().HasForeignKey(c => c.IdeaId).OnDelete(DeleteBehavior.Cascade);
        idea.Navigation(i => i.History).HasField("history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IdeaStatusChangeConfiguration : IEntityTypeConfiguration<IdeaStatusChange>
{
    public void Configure(EntityTypeBuilder<IdeaStatusChange> change)
    {
        change.HasKey(c => c.Id);
        change.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        change.HasIndex(c => c.ChangedAt);
    }
}

internal sealed class IdeaSupportConfiguration : IEntityTypeConfiguration<IdeaSupport>
{
    public void Configure(EntityTypeBuilder<IdeaSupport> support)
    {
        support.HasKey(s => new { s.IdeaId, s.MemberId });
        support.HasOne<Idea>().WithMany().HasForeignKey(s => s.IdeaId).OnDelete(DeleteBehavior.Cascade);
        support.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        support.HasIndex(s => s.CreatedAt);
    }
}

internal sealed class IdeaReportConfiguration : IEntityTypeConfiguration<IdeaReport>
{
    public void Configure(EntityTypeBuilder<IdeaReport> report)
    {
        report.HasKey(r => new { r.IdeaId, r.MemberId });
        report.Property(r => r.Reason).HasConversion<string>().HasMaxLength(24);
        report.HasOne<Idea>().WithMany().HasForeignKey(r => r.IdeaId).OnDelete(DeleteBehavior.Cascade);
        report.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> @event)
    {
        @event.HasKey(e => e.Id);
        @event.Property(e => e.Title).HasMaxLength(1000);
        @event.Property(e => e.Place).HasMaxLength(2000);
        @event.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        @event.Property(e => e.Version).IsConcurrencyToken();
        @event.HasIndex(e => new { e.Status, e.StartsAt });
        @event.HasOne<Member>().WithMany().HasForeignKey(e => e.CreatedBy).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RsvpConfiguration : IEntityTypeConfiguration<Rsvp>
{
    public void Configure(EntityTypeBuilder<Rsvp> rsvp)
    {
        rsvp.HasKey(r => new { r.EventId, r.MemberId });
        rsvp.Property(r => r.Answer).HasConversion<string>().HasMaxLength(16);
        rsvp.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        rsvp.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        rsvp.HasIndex(r => new { r.EventId, r.Answer, r.Waitlisted, r.AnsweredAt });
    }
}

internal sealed class EventReminderConfiguration : IEntityTypeConfiguration<EventReminder>
{
    public void Configure(EntityTypeBuilder<EventReminder> reminder)
    {
        // The key is the guarantee: one reminder of a kind per person, event and start time.
        reminder.HasKey(r => new { r.EventId, r.MemberId, r.Kind, r.EventStartsAt });
        reminder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        reminder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        reminder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BroadcastConfiguration : IEntityTypeConfiguration<Broadcast>
{
    public void Configure(EntityTypeBuilder<Broadcast> broadcast)
    {
        broadcast.HasKey(b => b.Id);
        broadcast.Property(b => b.Kind).HasConversion<string>().HasMaxLength(24);
        broadcast.Property(b => b.Audience).HasConversion<string>().HasMaxLength(32);
        broadcast.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        broadcast.Ignore(b => b.FinalCounts);
        broadcast.Property(b => b.ReportChannel).HasConversion<string>().HasMaxLength(16);
        broadcast.Property(b => b.ReportChatId).HasMaxLength(128);
        broadcast.Property(b => b.LastReport).HasMaxLength(500);
        broadcast.HasIndex(b => b.Status);
        broadcast.Property(b => b.Version).IsConcurrencyToken();
    }
}

internal sealed class ChannelLeaseConfiguration : IEntityTypeConfiguration<Delivery.ChannelLease>
{
    public void Configure(EntityTypeBuilder<Delivery.ChannelLease> lease)
    {
        lease.HasKey(l => l.Key);
        lease.Property(l => l.Key).HasMaxLength(160);
        lease.Property(l => l.Holder).HasMaxLength(200);
    }
}

internal sealed class HealthProbeConfiguration : IEntityTypeConfiguration<Health.HealthProbe>
{
    public void Configure(EntityTypeBuilder<Health.HealthProbe> probe)
    {
        probe.HasKey(p => p.Key);
        probe.Property(p => p.Key).HasMaxLength(16);
    }
}

internal sealed class DigestIssueConfiguration : IEntityTypeConfiguration<GenYCity.Bot.Domain.Digest.DigestIssue>
{
    public void Configure(EntityTypeBuilder<GenYCity.Bot.Domain.Digest.DigestIssue> issue)
    {
        // The key is the uniqueness: a period is issued once, by however many jobs or instances.
        issue.HasKey(d => d.Key);
        issue.Property(d => d.Key).HasMaxLength(10);
    }
}
