using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>Takes answers in a platform's native polls (<see cref="InboundKind.PollAnswer"/>), from people who consented.</summary>
public interface IPollAnswerHandler
{
    Task HandleAsync(ChatContext chat, PollAnswer answer, CancellationToken ct);
}
