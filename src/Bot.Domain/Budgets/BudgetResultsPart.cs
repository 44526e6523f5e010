using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Results;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>/results begins with the latest closed budget's results.</summary>
public sealed class BudgetResultsPart(IBudgetRepository budgets) : IResultsPart
{
    public async Task<bool> ShowAsync(ChatContext chat, CancellationToken ct)
    {
        if ((await budgets.ListClosedSinceAsync(DateTimeOffset.MinValue, ct)) is not [var latest, ..])
        {
            return false;
        }

        var (counts, ranked) = await BudgetResults.OfAsync(budgets, latest, ct);
        chat.Reply(BudgetCards.Results(latest, counts, ranked, chat.Member.Language));
        return true;
    }
}
