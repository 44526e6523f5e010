using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Broadcasts;

internal sealed class BroadcastConfiguration : IEntityTypeConfiguration<Broadcast>
{
    public void Configure(EntityTypeBuilder<Broadcast> broadcast)
    {
        broadcast.HasKey(b => b.Id);
        broadcast.Property(b => b.Kind).HasConversion(kind => kind.Name, name => new BroadcastKind(name)).HasMaxLength(24);
        broadcast.Property(b => b.Audience).HasMaxLength(32);
        broadcast.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        broadcast.Ignore(b => b.FinalCounts);
        broadcast.Ignore(b => b.ReportTo);
        broadcast.Property(b => b.ReportChannel).HasConversion<string>().HasMaxLength(16);
        broadcast.Property(b => b.ReportChatId).HasMaxLength(128);
        broadcast.Property(b => b.LastReport).HasMaxLength(500);
        broadcast.HasIndex(b => b.Status);
        broadcast.Property(b => b.RequestKey).HasMaxLength(32);
        broadcast.HasIndex(b => b.RequestKey).IsUnique();
        broadcast.Property(b => b.Version).IsConcurrencyToken();
    }
}

internal sealed class DigestIssueConfiguration : IEntityTypeConfiguration<DigestIssue>
{
    public void Configure(EntityTypeBuilder<DigestIssue> issue)
    {
        // The key is the uniqueness: a period is issued once, by however many jobs or instances.
        issue.HasKey(d => d.Key);
        issue.Property(d => d.Key).HasMaxLength(10);
    }
}

/// <summary>Broadcasts a coordinator sent report to their chat: erased, the chat goes; the broadcast's counts stay.</summary>
internal sealed class BroadcastsPersonalData(BotDbContext db) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(Broadcast)];

    public Task CollectAsync(Member member, PersonalData data, CancellationToken ct) => Task.CompletedTask;

    public Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct) =>
        db.Broadcasts.Where(b => b.ReportChannel == member.Channel && b.ReportChatId == member.ChatId)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.ReportChatId, (string?)null).SetProperty(x => x.ReportChannel, (ChannelKind?)null), ct);
}
