using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>The "Comments" section: how many a person may write, and when reports hide one.</summary>
public sealed class CommentsOptions
{
    public const string SectionName = "Comments";

    /// <summary>Comments a person may write in an hour: more is flooding a thread.</summary>
    [Range(1, 100, ErrorMessage = "Comments:HourlyLimit must be between 1 and 100.")]
    public int HourlyLimit { get; set; } = 5;

    /// <summary>Reports from this many people hide a comment until a coordinator looks.</summary>
    [Range(1, 1000, ErrorMessage = "Comments:ReportsToHide must be between 1 and 1000.")]
    public int ReportsToHide { get; set; } = 3;

    /// <summary>Comments on the idea a page shows, each with its replies.</summary>
    [Range(1, 10, ErrorMessage = "Comments:PageSize must be between 1 and 10.")]
    public int PageSize { get; set; } = 5;
}
