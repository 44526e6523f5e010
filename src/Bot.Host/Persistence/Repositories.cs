using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Persistence;

internal sealed class MemberRepository(BotDbContext db) : IMemberRepository
{
    public Task<Member?> FindAsync(ChannelKind channel, string externalId, CancellationToken ct) =>
        db.Members.SingleOrDefaultAsync(m => m.Channel == channel && m.ExternalId == externalId, ct);

    public Task<Member?> FindByIdAsync(long id, CancellationToken ct) => db.Members.FindAsync([id], ct).AsTask();

    public async Task AddAsync(Member member, CancellationToken ct)
    {
        db.Members.Add(member);
        // Saved inside the dispatcher's open transaction: the row gets its id, nothing is committed yet.
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<Member>> ListCoordinatorsAsync(CancellationToken ct) =>
        await db.Members.Where(m => (m.Roles & MemberRoles.Coordinator) != 0).ToListAsync(ct);

    public async Task<IReadOnlyList<Member>> ListSilentAsync(DateTimeOffset wroteBefore, int max, CancellationToken ct) =>
        await db.Members
            .Where(m => m.Consent == ConsentStatus.Given && (m.Roles & MemberRoles.Coordinator) == 0 && m.InactivityNoticeAt == null && m.LastMessageAt < wroteBefore)
            .OrderBy(m => m.LastMessageAt)
            .Take(max)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<Member>> ListToldOfInactivityAsync(DateTimeOffset toldBefore, int max, CancellationToken ct) =>
        await db.Members
            .Where(m => m.InactivityNoticeAt != null && m.InactivityNoticeAt < toldBefore && m.LastMessageAt < m.InactivityNoticeAt
                && (m.Roles & MemberRoles.Coordinator) == 0)
            .OrderBy(m => m.InactivityNoticeAt)
            .Take(max)
            .ToListAsync(ct);
}

internal sealed class ConversationRepository(BotDbContext db) : IConversationRepository
{
    public Task<Conversation?> FindAsync(long memberId, CancellationToken ct) =>
        db.Conversations.SingleOrDefaultAsync(c => c.MemberId == memberId, ct);

    public void Add(Conversation conversation) => db.Conversations.Add(conversation);

    public void Remove(Conversation conversation) => db.Conversations.Remove(conversation);
}
