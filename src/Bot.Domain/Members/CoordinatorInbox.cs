using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Members;

/// <summary>
/// The coordinators a message can reach: those named in configuration who have talked to the bot
/// (a platform lets a bot write only to people who started it) and can still be reached.
/// </summary>
public sealed class CoordinatorInbox(Coordinators coordinators, IMemberRepository members)
{
    public async Task<IReadOnlyList<CoordinatorAddress>> AddressesAsync(CancellationToken ct) =>
        (await members.ListCoordinatorsAsync(ct))
            .Where(m => m.IsReachable && coordinators.Contains(m.Channel, m.ExternalId))
            .Select(m => new CoordinatorAddress(new Recipient(m.Channel, m.ChatId), m.Language))
            .ToList();
}
