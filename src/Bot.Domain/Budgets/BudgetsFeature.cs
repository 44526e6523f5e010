using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Results;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>Participatory budgets: /budget and voting on the ballot, the opening and closing, and the results in /results and the digest.</summary>
public sealed class BudgetsFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [BudgetCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Settings<BudgetsOptions>(BudgetsOptions.SectionName)
        .Shares<BudgetCards>()
        .Uses<BudgetClosing>()
        .Uses<BudgetEditing>()
        .Handles<BudgetCommand>()
        .Handles<BudgetButtons>()
        .Adds<IDigestPart, BudgetDigestPart>()
        .Adds<IResultsPart, BudgetResultsPart>();
}
