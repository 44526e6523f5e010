namespace GenYCity.Bot.Domain.Ideas;

/// <summary>How /ideas orders the public ideas.</summary>
public enum IdeaSort
{
    /// <summary>Most supported first, the older first among equals.</summary>
    Supported,

    Newest,

    /// <summary>A shuffle that stays the same for one <see cref="IdeaFilter.Seed"/>, so paging neither repeats nor skips.</summary>
    Shuffled,
}
