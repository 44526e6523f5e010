using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Members;

/// <summary>Port to the stored members; changes are saved with the rest of the unit of work.</summary>
public interface IMemberRepository
{
    Task<Member?> FindAsync(ChannelKind channel, string externalId, CancellationToken ct);

    Task<Member?> FindByIdAsync(long id, CancellationToken ct);

    /// <summary>Adds the member and gives it its id, inside the current unit of work.</summary>
    Task AddAsync(Member member, CancellationToken ct);

    /// <summary>Members holding the coordinator role.</summary>
    Task<IReadOnlyList<Member>> ListCoordinatorsAsync(CancellationToken ct);

    /// <summary>Residents who consented, last wrote before <paramref name="wroteBefore"/> and were not told yet: the oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<Member>> ListSilentAsync(DateTimeOffset wroteBefore, int max, CancellationToken ct);

    /// <summary>Residents told before <paramref name="toldBefore"/> that their account will be erased, who have not written since.</summary>
    Task<IReadOnlyList<Member>> ListToldOfInactivityAsync(DateTimeOffset toldBefore, int max, CancellationToken ct);
}
