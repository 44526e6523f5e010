namespace GenYCity.Bot.Domain.Budgets;

/// <summary>The "Budgets" section.</summary>
public sealed class BudgetsOptions
{
    public const string SectionName = "Budgets";

    /// <summary>When the job that announces openings and closes votes ticks (Quartz cron, in the city's time zone).</summary>
    [System.ComponentModel.DataAnnotations.Required(AllowEmptyStrings = false, ErrorMessage = "Budgets:CloseCron is required.")]
    public string CloseCron { get; set; } = "0 * * * * ?";
}
