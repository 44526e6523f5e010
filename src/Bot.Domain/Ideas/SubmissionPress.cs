namespace GenYCity.Bot.Domain.Ideas;

/// <summary>A second press of Submit, after the flow that made its idea ended.</summary>
public sealed record SubmissionPress(string Key);
