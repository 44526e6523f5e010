using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// One person's rows, read for /mydata and erased for /forgetme, inside the update's unit of work: every
/// feature's part, collected in the order registered and erased in the reverse order, so the member row,
/// which the others' rows point to, goes last.
/// </summary>
internal sealed class PersonalDataStore(IEnumerable<IPersonalDataPart> parts, TimeProvider clock) : IPersonalDataStore
{
    /// <summary>Tables that name nobody: leases and probes of the instances, the digest periods issued, announcements' photos and the dashboard's keys.</summary>
    public static readonly IReadOnlyList<Type> HoldNoPersonalData =
    [
        typeof(Delivery.ChannelLease), typeof(Health.HealthProbe), typeof(Domain.Digest.DigestIssue), typeof(Dashboard.DashboardUpload),
        typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey),
    ];

    /// <summary>What an erasure itself writes: an erased chat's id, for half an hour, so no instance sends to it.</summary>
    public static readonly IReadOnlyList<Type> WrittenByErasure = [typeof(ErasedChat)];

    public async Task<PersonalData> CollectAsync(Member member, CancellationToken ct)
    {
        var data = new PersonalData();
        foreach (var part in parts)
        {
            await part.CollectAsync(member, data, ct);
        }

        return data;
    }

    public async Task EraseAsync(Member member, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var part in parts.Reverse())
        {
            await part.EraseAsync(member, now, ct);
        }
    }
}
