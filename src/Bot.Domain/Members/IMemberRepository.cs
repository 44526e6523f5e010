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
}
