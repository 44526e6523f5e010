using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Comments;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.ToTable("Comments");
        comment.HasKey(c => c.Id);
        comment.Property(c => c.Text).HasMaxLength(4000);
        comment.Property(c => c.Role).HasConversion<string>().HasMaxLength(16);
        comment.Property(c => c.Version).IsConcurrencyToken();
        comment.Ignore(c => c.IsDeleted);
        comment.Ignore(c => c.IsVisible);
        // A thread's page: the comments on one idea, the newest first, and each one's replies.
        comment.HasIndex(c => new { c.IdeaId, c.ParentId, c.Id });
        comment.HasIndex(c => new { c.AuthorId, c.CreatedAt });
        // The notice job asks for what is not told yet: a short list, whatever the threads' length.
        comment.HasIndex(c => c.NoticedAt);
        comment.HasIndex(c => c.AwaitsCoordinator);
        comment.HasOne<Idea>().WithMany().HasForeignKey(c => c.IdeaId).OnDelete(DeleteBehavior.Cascade);
        comment.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        comment.HasOne<Member>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CommentReportConfiguration : IEntityTypeConfiguration<CommentReport>
{
    public void Configure(EntityTypeBuilder<CommentReport> report)
    {
        report.ToTable("CommentReports");
        report.HasKey(r => new { r.CommentId, r.MemberId });
        report.Property(r => r.Reason).HasConversion<string>().HasMaxLength(24);
        report.HasIndex(r => r.MemberId);
        report.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        report.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
