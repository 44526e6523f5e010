using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Ideas;

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
        idea.Property(i => i.CouncilDecision).HasConversion<string>().HasMaxLength(16);
        idea.Property(i => i.CouncilAnswer).HasMaxLength(2000);
        idea.Property(i => i.PlaceText).HasMaxLength(400);
        idea.Property(i => i.DistrictKey).HasMaxLength(24);
        idea.Ignore(i => i.Place);
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

internal sealed class IdeaNewsConfiguration : IEntityTypeConfiguration<IdeaNews>
{
    public void Configure(EntityTypeBuilder<IdeaNews> news)
    {
        news.HasKey(n => n.Id);
        news.Property(n => n.Kind).HasConversion<string>().HasMaxLength(24);
        news.Property(n => n.Decision).HasConversion<string>().HasMaxLength(16);
        news.Property(n => n.Text).HasMaxLength(2000);
        news.Property(n => n.PhotoRef).HasMaxLength(1000);
        news.HasOne<Idea>().WithMany().HasForeignKey(n => n.IdeaId).OnDelete(DeleteBehavior.Cascade);
        news.HasIndex(n => new { n.IdeaId, n.At });
        // The notice job asks for what is not told yet: a short list, whatever the timeline's length.
        news.HasIndex(n => n.NoticedAt);
    }
}

internal sealed class IdeaFollowConfiguration : IEntityTypeConfiguration<IdeaFollow>
{
    public void Configure(EntityTypeBuilder<IdeaFollow> follow)
    {
        follow.HasKey(f => new { f.IdeaId, f.MemberId });
        follow.HasOne<Idea>().WithMany().HasForeignKey(f => f.IdeaId).OnDelete(DeleteBehavior.Cascade);
        follow.HasOne<Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
        follow.HasIndex(f => f.MemberId);
    }
}

/// <summary>
/// A person's ideas, supports and reports. Erased: unpublished ideas (with their history, supports and
/// reports) and the person's supports (out of the counts too) and reports; published ideas stay, unlinked.
/// </summary>
internal sealed class IdeasPersonalData(BotDbContext db) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(Idea), typeof(IdeaStatusChange), typeof(IdeaSupport), typeof(IdeaReport), typeof(IdeaFollow), typeof(IdeaNews)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct)
    {
        data.Add("ideas", await db.Ideas.AsNoTracking().Where(i => i.AuthorId == member.Id).OrderBy(i => i.Id)
            .Select(i => new PersonalData.IdeaData(i.Id, i.Title, i.Description, i.ThemeKey, i.Status.ToString(), i.PhotoRef, i.LatestComment, i.CreatedAt, i.Latitude, i.Longitude, i.PlaceText, i.DistrictKey))
            .ToListAsync(ct));
        data.Add("supports", await db.IdeaSupports.AsNoTracking().Where(s => s.MemberId == member.Id).OrderBy(s => s.IdeaId)
            .Select(s => new PersonalData.MarkData(s.IdeaId, s.CreatedAt)).ToListAsync(ct));
        data.Add("idea_news_written", await db.IdeaNews.AsNoTracking().Where(n => n.ByMemberId == member.Id).OrderBy(n => n.Id)
            .Select(n => new PersonalData.NewsData(n.IdeaId, n.Kind.ToString(), n.Text, n.At)).ToListAsync(ct));
        data.Add("follows", await db.IdeaFollows.AsNoTracking().Where(f => f.MemberId == member.Id).OrderBy(f => f.IdeaId)
            .Select(f => new PersonalData.FollowData(f.IdeaId, f.BySupport, f.CreatedAt)).ToListAsync(ct));
        data.Add("reports", await db.IdeaReports.AsNoTracking().Where(r => r.MemberId == member.Id).OrderBy(r => r.IdeaId)
            .Select(r => new PersonalData.ReportData(r.IdeaId, r.Reason.ToString(), r.CreatedAt)).ToListAsync(ct));
    }

    public async Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        // Supports are counted on the ideas: take this person's out of the counts.
        var supported = await db.IdeaSupports.Where(s => s.MemberId == member.Id).Select(s => s.IdeaId).ToListAsync(ct);
        foreach (var idea in await db.Ideas.Where(i => supported.Contains(i.Id)).ToListAsync(ct))
        {
            idea.RemoveSupport();
        }

        var unpublished = db.Ideas.Where(i => i.AuthorId == member.Id && (i.Status == IdeaStatus.Submitted || i.Status == IdeaStatus.Rejected));
        // A photo kept here for one of them (sent on WhatsApp) goes with it.
        await IdeaPhotos.DropAsync(db, unpublished, ct);
        await unpublished.ExecuteDeleteAsync(ct);
        await db.Ideas.Where(i => i.AuthorId == member.Id).ExecuteUpdateAsync(i => i.SetProperty(x => x.AuthorId, (long?)null), ct);
        await db.IdeaStatusChanges.Where(c => c.ByMemberId == member.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.ByMemberId, (long?)null), ct);
        await db.IdeaNews.Where(n => n.ByMemberId == member.Id).ExecuteUpdateAsync(n => n.SetProperty(x => x.ByMemberId, (long?)null), ct);
        db.IdeaFollows.RemoveRange(await db.IdeaFollows.Where(f => f.MemberId == member.Id).ToListAsync(ct));
        // Removed through the change tracker, so rows already tracked in this unit of work go the same way.
        db.IdeaSupports.RemoveRange(await db.IdeaSupports.Where(s => s.MemberId == member.Id).ToListAsync(ct));
        db.IdeaReports.RemoveRange(await db.IdeaReports.Where(r => r.MemberId == member.Id).ToListAsync(ct));
    }
}
