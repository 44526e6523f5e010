using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// Runs a coordinator's action from the dashboard through the same domain use cases as the chat, in one unit of
/// work: the entity changes and the messages to other people (the author of an idea, those who answered an
/// event) are committed together, exactly as when the button is pressed in the chat. What the use case says
/// back to the coordinator is shown on the page rather than sent to their chat. The coordinator is looked up
/// again inside the unit of work, so someone removed from Bot:Coordinators a moment ago changes nothing.
/// </summary>
public sealed class DashboardChat(UnitOfWork unitOfWork, BotOptions bot, PrivacyOptions privacy, TimeProvider clock)
{
    /// <summary>The address the dashboard's own answers go to; nothing is ever delivered there.</summary>
    private const string DashboardChatId = "dashboard";

    /// <summary>
    /// Runs <paramref name="action"/> for the coordinator, as if they had typed <paramref name="typed"/>
    /// (a reason, a comment) in a chat. Not kept when the person is no longer a coordinator.
    /// </summary>
    public async Task<DashboardOutcome> RunAsync(long memberId, string? typed, Func<ChatContext, IServiceProvider, Task> action, CancellationToken ct)
    {
        var said = new List<string>();
        var kept = await unitOfWork.RunAsync(async services =>
        {
            said.Clear();
            var db = services.GetRequiredService<BotDbContext>();
            if (await db.Members.FindAsync([memberId], ct) is not { } member || !DashboardEndpoints.IsCoordinatorNow(member, bot))
            {
                return null;
            }

            // Not Touch: a visit to the dashboard is not a message, and must not open Messenger's 24-hour window.
            member.SetCoordinator(true);
            var message = new InboundMessage
            {
                Channel = member.Channel,
                ChatId = DashboardChatId,
                UserId = member.ExternalId,
                UpdateKey = $"dashboard:{Guid.NewGuid():N}",
                Kind = InboundKind.Text,
                Text = typed,
            };
            var chat = new ChatContext(message, member, null, services.GetRequiredService<IConversationRepository>(), bot, privacy, clock.GetUtcNow());
            await action(chat, services);
            var page = chat.ReplyTo;
            said.AddRange(chat.Outbox.Where(m => m.To == page && !m.ButtonsOnly).Select(m => Markup.ToPlainText(m.Text)));
            return chat.Outbox.Where(m => m.To != page).ToList();
        }, ct);
        return new DashboardOutcome(kept, said);
    }
}
