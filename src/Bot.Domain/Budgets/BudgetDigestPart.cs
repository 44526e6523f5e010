using System.Text;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>The budgets in the weekly digest: each vote open at the send, with Vote; each closed in the period, with what it funded and Results.</summary>
public sealed class BudgetDigestPart(IBudgetRepository budgets, EventTime time) : IDigestPart
{
    public async Task<DigestSection?> GatherAsync(DigestPeriod period, DateTimeOffset asOf, CancellationToken ct)
    {
        var voting = await budgets.ListVotingAsync(asOf, ct);
        var closed = new List<(Budget Budget, IReadOnlyList<BudgetProject> Funded)>();
        foreach (var budget in (await budgets.ListClosedSinceAsync(period.From, ct)).Where(b => b.ClosedAt < period.To))
        {
            var (_, ranked) = await BudgetResults.OfAsync(budgets, budget, ct);
            closed.Add((budget, [.. ranked.Where(r => r.Funded).Select(r => r.Project)]));
        }

        if (voting.Count == 0 && closed.Count == 0)
        {
            return null;
        }

        return new DigestSection((language, maxLabelLength) =>
        {
            var t = BudgetTexts.For(language);
            var text = new StringBuilder(t.DigestHeader);
            var buttons = new List<IReadOnlyList<Button>>();
            foreach (var budget in voting)
            {
                var title = budget.Title(language);
                text.Append('\n').Append("• ").Append(t.DigestOpen(Markup.Escape(title), time.Moment(budget.ClosesAt)));
                buttons.Add([new Button(ButtonLabel.Fit(q => $"{t.VoteButton}: {q}", title, maxLabelLength), BudgetButtons.OpenPayload(budget.Id))]);
            }

            foreach (var (budget, funded) in closed)
            {
                var title = Markup.Escape(budget.Title(language));
                text.Append('\n').Append("• ").Append(funded.Count == 0
                    ? t.DigestNoneFunded(title)
                    : t.DigestFunded(title, string.Join(", ", funded.Select(p => Markup.Escape(p.Title(language))))));
                buttons.Add([new Button(ButtonLabel.Fit(q => $"{t.ResultsButton}: {q}", budget.Title(language), maxLabelLength), BudgetButtons.ResultsPayload(budget.Id))]);
            }

            return new OutboundTemplate(text.ToString()) { Buttons = buttons };
        });
    }
}
