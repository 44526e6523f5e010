using GenYCity.Bot.Domain.Conversations;
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
        update.HasIndex(u => u.ProcessedAt);
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
        report.HasOne<Idea>().WithMany().HasForeignKey(r => r.IdeaId).OnDelete(DeleteBehavior.Cascade);
        report.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
