using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>A project's form as filled in, and its reading: a title in the city's first language at least, the cost in whole euros within the budget, a district the city has.</summary>
public sealed class ProjectForm
{
    public Dictionary<string, string> Titles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Descriptions { get; } = new(StringComparer.Ordinal);

    public string Cost { get; set; } = string.Empty;

    public string District { get; set; } = string.Empty;

    public static ProjectForm Of(BudgetProject project)
    {
        var form = new ProjectForm { Cost = project.Cost.ToString(CultureInfo.InvariantCulture), District = project.DistrictKey ?? string.Empty };
        foreach (var (code, text) in project.Titles)
        {
            form.Titles[code] = text;
        }

        foreach (var (code, text) in project.Descriptions)
        {
            form.Descriptions[code] = text;
        }

        return form;
    }

    public static ProjectForm Of(IFormCollection posted, IReadOnlyList<Language> languages)
    {
        var form = new ProjectForm { Cost = posted["cost"].ToString(), District = posted["district"].ToString() };
        foreach (var language in languages)
        {
            form.Titles[language.Code] = posted[$"title-{language.Code}"].ToString();
            form.Descriptions[language.Code] = posted[$"description-{language.Code}"].ToString();
        }

        return form;
    }

    /// <summary>The project's fields (its photo given apart), or null and what is wrong.</summary>
    public ProjectFields? Read(IReadOnlyList<Language> languages, Budget budget, BotOptions bot, BudgetPhrases p, List<string> problems)
    {
        var titles = BudgetForm.Texts(Titles, languages, BudgetProject.MaxTitleLength, p.ProjectTitle, required: true, p, problems);
        var descriptions = BudgetForm.Texts(Descriptions, languages, BudgetProject.MaxDescriptionLength, p.ProjectDescription, required: false, p, problems);
        var cost = ReadCost(Cost, budget, p, problems);
        string? district = null;
        if (!string.IsNullOrEmpty(District))
        {
            district = bot.FindDistrict(District)?.Key;
            if (district is null)
            {
                problems.Add(p.ChooseDistrict);
            }
        }

        return problems.Count > 0 ? null : new ProjectFields(titles, descriptions, cost!.Value, district);
    }

    /// <summary>A cost in whole euros, at most the whole budget (a dearer project could never be funded).</summary>
    public static long? ReadCost(string typed, Budget budget, BudgetPhrases p, List<string> problems)
    {
        var cost = BudgetForm.Whole(typed, 1, budget.Total);
        if (cost is null)
        {
            problems.Add(p.CostInvalid(BudgetTexts.For(p.Language).Money(budget.Total)));
        }

        return cost;
    }
}
