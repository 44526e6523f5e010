using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>What the dashboard's budget pages say, in each language (what the chat says of a budget — its rule, amounts, results — comes from <see cref="BudgetTexts"/>).</summary>
public sealed class BudgetPhrases(Language language) : TranslatedTexts(language, BudgetPhrases.Namespace)
{
    /// <summary>Its translator files: <c>texts/budgetpages/{language}.json</c>.</summary>
    public const string Namespace = "budgetpages";

    public static BudgetPhrases For(Language language) => new(language);

    public string Budgets => T(nameof(Budgets));

    public string BudgetsIntro => T(nameof(BudgetsIntro));

    public string NoBudgets => T(nameof(NoBudgets));

    public string Budget => T(nameof(Budget));

    public string NewBudget => T(nameof(NewBudget));

    public string CreateBudget => T(nameof(CreateBudget));

    public string EditBudget => T(nameof(EditBudget));

    public string SaveBudget => T(nameof(SaveBudget));

    public string BudgetTitle(string language) => T(nameof(BudgetTitle), ("language", language));

    public string BudgetDescription(string language) => T(nameof(BudgetDescription), ("language", language));

    public string LanguagesHelp(string language) => T(nameof(LanguagesHelp), ("language", language));

    public string Total => T(nameof(Total));

    public string TotalHelp => T(nameof(TotalHelp));

    public string Opens => T(nameof(Opens));

    public string Closes => T(nameof(Closes));

    public string Dates(string opens, string closes) => T(nameof(Dates), ("opens", opens), ("closes", closes));

    public string Rule => T(nameof(Rule));

    public string RuleKnapsack => T(nameof(RuleKnapsack));

    public string RuleApproval => T(nameof(RuleApproval));

    public string MinPercent => T(nameof(MinPercent));

    public string MinPercentHelp => T(nameof(MinPercentHelp));

    public string MaxProjects => T(nameof(MaxProjects));

    public string MaxProjectsHelp => T(nameof(MaxProjectsHelp));

    public string OnlyDescriptions => T(nameof(OnlyDescriptions));

    public string ClosedNoChanges => T(nameof(ClosedNoChanges));

    public string Stage => T(nameof(Stage));

    public string StageName(BudgetStage stage) => T($"Stage{stage}");

    public string Projects => T(nameof(Projects));

    public string NoProjects => T(nameof(NoProjects));

    public string FewProjects => T(nameof(FewProjects));

    public string Ballots => T(nameof(Ballots));

    public string VotesSoFar => T(nameof(VotesSoFar));

    public string Results => T(nameof(Results));

    public string VotesChart(string title) => T(nameof(VotesChart), ("title", title));

    public string Funded => T(nameof(Funded));

    public string NotFunded => T(nameof(NotFunded));

    public string Yes => T(nameof(Yes));

    public string No => T(nameof(No));

    public string CsvNumber => T(nameof(CsvNumber));

    public string CsvProject => T(nameof(CsvProject));

    public string CsvCost => T(nameof(CsvCost));

    public string CsvVotes => T(nameof(CsvVotes));

    public string Cost => T(nameof(Cost));

    public string District => T(nameof(District));

    public string NoDistrict => T(nameof(NoDistrict));

    public string Photo => T(nameof(Photo));

    public string PhotoHelp => T(nameof(PhotoHelp));

    public string PhotoColumn => T(nameof(PhotoColumn));

    public string PhotoAlt(string title) => T(nameof(PhotoAlt), ("title", title));

    public string RemovePhoto => T(nameof(RemovePhoto));

    public string FromIdea => T(nameof(FromIdea));

    public string Idea => T(nameof(Idea));

    public string ChooseIdea => T(nameof(ChooseIdea));

    public string NoIdeasToAdd => T(nameof(NoIdeasToAdd));

    public string AddIdeaProject => T(nameof(AddIdeaProject));

    public string AddIdeaHelp => T(nameof(AddIdeaHelp));

    public string AddIdeaButton => T(nameof(AddIdeaButton));

    public string AddProject => T(nameof(AddProject));

    public string AddProjectButton => T(nameof(AddProjectButton));

    public string EditProject => T(nameof(EditProject));

    public string SaveProject => T(nameof(SaveProject));

    public string RemoveProject => T(nameof(RemoveProject));

    public string RemoveProjectNamed(string title) => T(nameof(RemoveProjectNamed), ("title", title));

    public string ProjectTitle(string language) => T(nameof(ProjectTitle), ("language", language));

    public string ProjectDescription(string language) => T(nameof(ProjectDescription), ("language", language));

    public string Required(string field) => T(nameof(Required), ("field", field));

    public string TooLong(string field, int max) => T(nameof(TooLong), ("field", field), ("count", max));

    public string TotalInvalid(long max) => T(nameof(TotalInvalid), ("max", BudgetTexts.For(Language).Money(max)));

    public string DateUnreadable(string field) => T(nameof(DateUnreadable), ("field", field));

    public string ClosesInThePast => T(nameof(ClosesInThePast));

    public string OpensInThePast => T(nameof(OpensInThePast));

    public string TotalBelowProject(string cost) => T(nameof(TotalBelowProject), ("cost", cost));

    public string OnlyDescriptionsSaved => T(nameof(OnlyDescriptionsSaved));

    public string ClosesBeforeOpens => T(nameof(ClosesBeforeOpens));

    public string ChooseRule => T(nameof(ChooseRule));

    public string MinPercentInvalid => T(nameof(MinPercentInvalid));

    public string MaxProjectsInvalid(int max) => T(nameof(MaxProjectsInvalid), ("max", max));

    public string ApprovalNeedsMax => T(nameof(ApprovalNeedsMax));

    public string CostInvalid(string total) => T(nameof(CostInvalid), ("total", total));

    public string ChooseDistrict => T(nameof(ChooseDistrict));

    public string BudgetCreated => T(nameof(BudgetCreated));

    public string BudgetSaved => T(nameof(BudgetSaved));

    public string NotChanged => T(nameof(NotChanged));

    public string BudgetNotFound => T(nameof(BudgetNotFound));

    public string ProjectNotFound => T(nameof(ProjectNotFound));

    public string ProjectAdded(string title) => T(nameof(ProjectAdded), ("title", title));

    public string ProjectSaved(string title) => T(nameof(ProjectSaved), ("title", title));

    public string ProjectRemoved(string title) => T(nameof(ProjectRemoved), ("title", title));

    public string IdeaAdded(long number) => T(nameof(IdeaAdded), ("number", number));

    public string IdeaNotPublic(long number) => T(nameof(IdeaNotPublic), ("number", number));

    public string BallotFull(int max) => T(nameof(BallotFull), ("max", max));

    public string IdeaAlreadyOn(long number) => T(nameof(IdeaAlreadyOn), ("number", number));

    /// <summary>The report's budget lines.</summary>
    public string ReportBudgets => T(nameof(ReportBudgets));

    public string ReportBallotsCast => T(nameof(ReportBallotsCast));

    public string ReportFirstTimeVoters => T(nameof(ReportFirstTimeVoters));
}
