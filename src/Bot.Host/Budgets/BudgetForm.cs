using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>
/// A budget's form as the coordinator filled it in (kept as typed, to show again beside what is wrong) and its
/// reading: a title in the city's first language at least, each text within its length and cleaned as typed text
/// is in chat, the total in whole euros, the dates in the city's time (closing after opening, and still to come),
/// and the rule's limits.
/// </summary>
public sealed partial class BudgetForm
{
    public Dictionary<string, string> Titles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Descriptions { get; } = new(StringComparer.Ordinal);

    public string Total { get; set; } = string.Empty;

    public string OpensAt { get; set; } = string.Empty;

    public string ClosesAt { get; set; } = string.Empty;

    public string Rule { get; set; } = nameof(BudgetRuleKind.Knapsack);

    public string MinPercent { get; set; } = string.Empty;

    public string MaxProjects { get; set; } = string.Empty;

    public static BudgetForm Of(Budget budget, EventTime time)
    {
        var form = new BudgetForm
        {
            Total = budget.Total.ToString(CultureInfo.InvariantCulture),
            OpensAt = FieldValue(budget.OpensAt, time),
            ClosesAt = FieldValue(budget.ClosesAt, time),
            Rule = budget.Rule.ToString(),
            MinPercent = budget.MinPercent?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            MaxProjects = budget.MaxProjects?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        };
        foreach (var (code, text) in budget.Titles)
        {
            form.Titles[code] = text;
        }

        foreach (var (code, text) in budget.Descriptions)
        {
            form.Descriptions[code] = text;
        }

        return form;
    }

    public static BudgetForm Of(IFormCollection posted, IReadOnlyList<Language> languages)
    {
        var form = new BudgetForm
        {
            Total = posted["total"].ToString(),
            OpensAt = posted["opensAt"].ToString(),
            ClosesAt = posted["closesAt"].ToString(),
            Rule = posted["rule"].ToString(),
            MinPercent = posted["minPercent"].ToString(),
            MaxProjects = posted["maxProjects"].ToString(),
        };
        foreach (var language in languages)
        {
            form.Titles[language.Code] = posted[$"title-{language.Code}"].ToString();
            form.Descriptions[language.Code] = posted[$"description-{language.Code}"].ToString();
        }

        return form;
    }

    /// <summary>A moment as a datetime-local field holds it: the city's time.</summary>
    public static string FieldValue(DateTimeOffset instant, EventTime time) => time.Local(instant).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The budget's fields, or null and what is wrong, each problem naming its field.</summary>
    public BudgetFields? Read(IReadOnlyList<Language> languages, Budget? stored, EventTime time, DateTimeOffset now, BudgetPhrases p, List<string> problems)
    {
        var titles = Texts(Titles, languages, Budget.MaxTitleLength, p.BudgetTitle, required: true, p, problems);
        var descriptions = Texts(Descriptions, languages, Budget.MaxDescriptionLength, p.BudgetDescription, required: false, p, problems);
        var total = Whole(Total, 1, Budget.MaxTotal);
        if (total is null)
        {
            problems.Add(p.TotalInvalid(Budget.MaxTotal));
        }

        var opens = Moment(OpensAt, stored?.OpensAt, time, now);
        var closes = Moment(ClosesAt, stored?.ClosesAt, time, now);
        if (opens is null)
        {
            problems.Add(p.DateUnreadable(p.Opens));
        }
        else if (opens < now && opens != stored?.OpensAt)
        {
            // Opening at once would announce a ballot before its projects are on it, and nothing can be added after.
            problems.Add(p.OpensInThePast);
        }

        if (closes is null)
        {
            problems.Add(p.DateUnreadable(p.Closes));
        }
        else if (closes <= now)
        {
            problems.Add(p.ClosesInThePast);
        }
        else if (opens is not null && closes <= opens)
        {
            problems.Add(p.ClosesBeforeOpens);
        }

        var rule = Enum.TryParse<BudgetRuleKind>(Rule, ignoreCase: false, out var kind) && Enum.IsDefined(kind) ? kind : (BudgetRuleKind?)null;
        if (rule is null)
        {
            problems.Add(p.ChooseRule);
        }

        int? minPercent = null;
        if (rule == BudgetRuleKind.Knapsack && !string.IsNullOrWhiteSpace(MinPercent))
        {
            minPercent = (int?)Whole(MinPercent, 1, 100);
            if (minPercent is null)
            {
                problems.Add(p.MinPercentInvalid);
            }
        }

        int? maxProjects = null;
        if (!string.IsNullOrWhiteSpace(MaxProjects))
        {
            maxProjects = (int?)Whole(MaxProjects, 1, Budget.MostProjects);
            if (maxProjects is null)
            {
                problems.Add(p.MaxProjectsInvalid(Budget.MostProjects));
            }
        }
        else if (rule == BudgetRuleKind.Approval)
        {
            problems.Add(p.ApprovalNeedsMax);
        }

        return problems.Count > 0 ? null : new BudgetFields(titles, descriptions, total!.Value, opens!.Value, closes!.Value, rule!.Value, minPercent, maxProjects);
    }

    /// <summary>Only the descriptions (while the vote is open).</summary>
    public LocalizedText? ReadDescriptions(IReadOnlyList<Language> languages, BudgetPhrases p, List<string> problems)
    {
        var descriptions = Texts(Descriptions, languages, Budget.MaxDescriptionLength, p.BudgetDescription, required: false, p, problems);
        return problems.Count > 0 ? null : descriptions;
    }

    /// <summary>The texts of each language, cleaned as chat text is; the first language's is required where <paramref name="required"/>.</summary>
    public static LocalizedText Texts(
        IReadOnlyDictionary<string, string> typed, IReadOnlyList<Language> languages, int max, Func<string, string> field, bool required, BudgetPhrases p, List<string> problems)
    {
        var texts = new LocalizedText();
        foreach (var language in languages)
        {
            var text = TextInput.Clean(typed.GetValueOrDefault(language.Code) ?? string.Empty).Trim();
            if (text.Length == 0)
            {
                if (required && language == languages[0])
                {
                    problems.Add(p.Required(field(language.NativeName())));
                }

                continue;
            }

            if (text.Length > max)
            {
                problems.Add(p.TooLong(field(language.NativeName()), max));
                continue;
            }

            texts[language.Code] = text;
        }

        return texts;
    }

    /// <summary>
    /// A whole number within the bounds, or null. "50 000", "50,000", "50.000" and "€50000" read as 50000: a separator
    /// only between groups of three digits, so "50000.00" or "5.0" is refused rather than read a hundred times too large.
    /// </summary>
    public static long? Whole(string typed, long least, long most)
    {
        var text = typed.Trim().Trim('€').Trim();
        if (!WholeNumber().IsMatch(text))
        {
            return null;
        }

        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= least && value <= most ? value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[0-9]+|[0-9]{1,3}(?:[ ,.'\u00A0\u202F][0-9]{3})+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex WholeNumber();

    /// <summary>
    /// A date and time as the field gives it, in the city's time. The value the form showed keeps the stored
    /// instant: in the hour the clocks go back the local time shown is two instants.
    /// </summary>
    private static DateTimeOffset? Moment(string typed, DateTimeOffset? stored, EventTime time, DateTimeOffset now)
    {
        if (stored is { } kept && typed == FieldValue(kept, time))
        {
            return kept;
        }

        var reading = time.Read(typed, now);
        return reading.Problem is EventTime.ParseProblem.None or EventTime.ParseProblem.InThePast ? reading.StartsAt : null;
    }
}
