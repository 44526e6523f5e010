using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Members;

/// <summary>Port to the stored members; changes are saved with the rest of the unit of work.</summary>
public interface IMemberRepository
{
    Task<Member?> FindAsync(ChannelKind channel, string externalId, CancellationToken ct);

    void Add(Member member);
}
