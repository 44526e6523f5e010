using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Budgets;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> budget)
    {
        budget.ToTable("Budgets");
        budget.HasKey(b => b.Id);
        budget.Property(b => b.TitleJson).HasMaxLength(4000);
        budget.Property(b => b.DescriptionJson).HasMaxLength(40000);
        budget.Property(b => b.Rule).HasConversion<string>().HasMaxLength(16);
        budget.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        budget.Property(b => b.Version).IsConcurrencyToken();
        budget.Ignore(b => b.Titles);
        budget.Ignore(b => b.Descriptions);
        budget.Ignore(b => b.MinimumSpend);
        budget.HasIndex(b => new { b.Status, b.ClosesAt });
        budget.HasOne<Member>().WithMany().HasForeignKey(b => b.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class BudgetProjectConfiguration : IEntityTypeConfiguration<BudgetProject>
{
    public void Configure(EntityTypeBuilder<BudgetProject> project)
    {
        project.ToTable("BudgetProjects");
        project.HasKey(p => p.Id);
        project.Property(p => p.TitleJson).HasMaxLength(4000);
        project.Property(p => p.DescriptionJson).HasMaxLength(40000);
        project.Property(p => p.PhotoRef).HasMaxLength(2048);
        project.Property(p => p.PhotoChannel).HasConversion<string>().HasMaxLength(16);
        project.Property(p => p.DistrictKey).HasMaxLength(64);
        project.Ignore(p => p.Titles);
        project.Ignore(p => p.Descriptions);
        project.HasIndex(p => p.BudgetId);
        project.HasIndex(p => p.IdeaId);
        project.HasOne<Budget>().WithMany().HasForeignKey(p => p.BudgetId).OnDelete(DeleteBehavior.Cascade);
        project.HasOne<Idea>().WithMany().HasForeignKey(p => p.IdeaId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class BudgetBallotConfiguration : IEntityTypeConfiguration<BudgetBallot>
{
    public void Configure(EntityTypeBuilder<BudgetBallot> ballot)
    {
        ballot.ToTable("BudgetBallots");
        ballot.HasKey(b => b.Id);
        // The rule: one ballot per person per budget, however many instances take presses. A ballot unlinked from
        // an erased person after the closing has no member, and many such may stand in one budget.
        ballot.HasIndex(b => new { b.BudgetId, b.MemberId }).IsUnique();
        ballot.HasIndex(b => b.MemberId);
        ballot.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        ballot.Property(b => b.Version).IsConcurrencyToken();
        ballot.Ignore(b => b.IsCast);
        ballot.HasOne<Budget>().WithMany().HasForeignKey(b => b.BudgetId).OnDelete(DeleteBehavior.Cascade);
        ballot.HasOne<Member>().WithMany().HasForeignKey(b => b.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BudgetBallotLineConfiguration : IEntityTypeConfiguration<BudgetBallotLine>
{
    public void Configure(EntityTypeBuilder<BudgetBallotLine> line)
    {
        line.ToTable("BudgetBallotLines");
        line.HasKey(l => new { l.BallotId, l.ProjectId });
        line.HasIndex(l => l.ProjectId);
        line.HasOne<BudgetBallot>().WithMany().HasForeignKey(l => l.BallotId).OnDelete(DeleteBehavior.Cascade);
        line.HasOne<BudgetProject>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
