namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// The URBACT action-plan report for a period. Counts are kept raw here; wherever one is shown (the page, the
/// CSV) it goes through <see cref="ReportCount.Show"/>, so no count of 1 to 4 people or ideas singles anyone out.
/// </summary>
/// <param name="Period">The period reported on.</param>
/// <param name="Participants">Distinct members who, in the period, submitted an idea, supported one, answered an event or voted in a poll.</param>
/// <param name="FirstTimeParticipants">Of those, the ones who had taken part in none of these ways before the period.</param>
/// <param name="IdeasSubmitted">Ideas submitted in the period (still stored: an erased author's unpublished ideas go with them).</param>
/// <param name="IdeasByTheme">Those ideas by theme key, in the configured order (a theme since removed after).</param>
/// <param name="IdeasByStatus">Those ideas by the status they have now.</param>
/// <param name="ReachedCouncil">Ideas that reached the supports threshold in the period.</param>
/// <param name="CouncilDecisions">The council's current decision on the ideas of <paramref name="Council"/>, by decision (<see cref="ActionPlanReport.NoDecision"/>: not answered yet).</param>
/// <param name="Council">Ideas that reached the threshold in the period or whose council answer was recorded in it, by number.</param>
/// <param name="Events">Events starting in the period, soonest first.</param>
/// <param name="WeDid">"You said, we did": ideas that moved to in progress or implemented in the period, by date.</param>
public sealed record ActionPlanReport(
    Period Period,
    int Participants,
    int FirstTimeParticipants,
    int IdeasSubmitted,
    IReadOnlyList<KeyCount> IdeasByTheme,
    IReadOnlyList<KeyCount> IdeasByStatus,
    int ReachedCouncil,
    IReadOnlyList<KeyCount> CouncilDecisions,
    IReadOnlyList<CouncilItem> Council,
    IReadOnlyList<EventAnswerFigures> Events,
    IReadOnlyList<WeDidItem> WeDid)
{
    /// <summary>The features' own sections (<see cref="IReportPart"/>), in the order the modules are listed.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>The key of <see cref="CouncilDecisions"/> for ideas the council has not answered yet.</summary>
    public const string NoDecision = "Awaiting";
}
