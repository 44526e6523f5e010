namespace GenYCity.Bot.Domain.Conversations;

/// <summary>Port to stored conversations; changes are saved with the rest of the unit of work.</summary>
public interface IConversationRepository
{
    Task<Conversation?> FindAsync(long memberId, CancellationToken ct);

    void Add(Conversation conversation);

    void Remove(Conversation conversation);
}
