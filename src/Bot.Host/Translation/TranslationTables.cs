using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Translation;

internal sealed class TranslatedTextConfiguration : IEntityTypeConfiguration<TranslatedText>
{
    public void Configure(EntityTypeBuilder<TranslatedText> text)
    {
        text.ToTable("TranslatedTexts");
        text.HasKey(t => t.Id);
        text.Property(t => t.Kind).HasMaxLength(16);
        text.Property(t => t.SourceHash).HasMaxLength(64);
        text.Property(t => t.Text).HasMaxLength(20000);
        // One translation of a thing into a language: the second reader finds it, two workers cannot both keep one.
        text.HasIndex(t => new { t.Kind, t.SubjectId, t.Target }).IsUnique();
    }
}

internal sealed class TranslationRequestConfiguration : IEntityTypeConfiguration<TranslationRequest>
{
    public void Configure(EntityTypeBuilder<TranslationRequest> request)
    {
        request.ToTable("TranslationRequests");
        request.HasKey(r => r.Id);
        request.Property(r => r.What).HasMaxLength(4);
        request.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        request.Property(r => r.ChatId).HasMaxLength(128);
        request.Ignore(r => r.ReplyTo);
        // A press twice while the service works is one request.
        request.HasIndex(r => new { r.What, r.IdeaId, r.Page, r.MemberId }).IsUnique();
        request.HasIndex(r => r.TakenAt);
        request.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
