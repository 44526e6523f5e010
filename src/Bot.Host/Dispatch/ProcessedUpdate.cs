using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>
/// The mark that an inbound update was handled, written in the same transaction as its effects. It names
/// its sender, so /mydata can list it and /forgetme erase it; the retention job purges it after the
/// retention period either way.
/// </summary>
public sealed class ProcessedUpdate(string key, string? sender, DateTimeOffset processedAt)
{
    public string Key { get; private set; } = key;

    /// <summary>"Telegram:3001": the channel and the person's id there; null once they are erased.</summary>
    public string? Sender { get; private set; } = sender;

    public DateTimeOffset ProcessedAt { get; private set; } = processedAt;

    public static string SenderOf(Domain.Messaging.ChannelKind channel, string userId) => $"{channel}:{userId}";

    /// <summary>Keeps the mark (a redelivered update is still recognised) without anything that names the person.</summary>
    public void Unlink() => Sender = null;
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

/// <summary>
/// The records of the updates a person sent, and the count of their messages flood control keeps. Earlier ones name their chat (a Telegram message's key does)
/// and go; the update being handled now keeps its mark, so a redelivery of the erasure is recognised,
/// but not its sender.
/// </summary>
internal sealed class UpdatesPersonalData(BotDbContext db) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(ProcessedUpdate), typeof(FloodWindow)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct)
    {
        var sender = ProcessedUpdate.SenderOf(member.Channel, member.ExternalId);
        data.Add("updatesReceived", await db.ProcessedUpdates.AsNoTracking().Where(u => u.Sender == sender).OrderBy(u => u.ProcessedAt)
            .Select(u => new PersonalData.ReceivedData(u.Key, u.ProcessedAt)).ToListAsync(ct));
        data.Add("messageCount", await db.FloodWindows.AsNoTracking().Where(w => w.Person == sender)
            .Select(w => new PersonalData.RateData(DateTimeOffset.FromUnixTimeMilliseconds(w.WindowStart), w.Count)).FirstOrDefaultAsync(ct));
    }

    public async Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        var sender = ProcessedUpdate.SenderOf(member.Channel, member.ExternalId);
        await db.FloodWindows.Where(w => w.Person == sender).ExecuteDeleteAsync(ct);
        await db.ProcessedUpdates.Where(u => u.Sender == sender).ExecuteDeleteAsync(ct);
        foreach (var mark in db.ChangeTracker.Entries<ProcessedUpdate>().Where(e => e.Entity.Sender == sender))
        {
            mark.Entity.Unlink();
        }
    }
}
