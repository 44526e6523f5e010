namespace GenYCity.Bot.Domain.Ideas;

/// <summary>A page of a longer list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Count, int Total)
{
    /// <summary>Back and Next, where there is a page before or after; <paramref name="button"/> makes one for a label and a page number.</summary>
    public IReadOnlyList<Messaging.Button> Navigation(Texts.Phrasebook t, Func<string, int, Messaging.Button> button)
    {
        var row = new List<Messaging.Button>();
        if (Number > 1)
        {
            row.Add(button(t.Back, Number - 1));
        }

        if (Number < Count)
        {
            row.Add(button(t.Next, Number + 1));
        }

        return row;
    }
}

/// <summary>Page numbers as people and buttons give them.</summary>
public static class PageNumbers
{
    /// <summary>The page a command's argument asks for ("/ideas 2"); anything else, the first.</summary>
    public static int Asked(string argument) =>
        int.TryParse(argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked) ? Math.Max(asked, 1) : 1;

    /// <summary>A page number in a button's payload: digits only, positive, an int.</summary>
    public static int? FromPayload(string text) => Chat.ButtonParts.TryId(text, out var page) && page <= int.MaxValue ? (int)page : null;
}

/// <summary>How /ideas orders the public ideas.</summary>
public enum IdeaSort
{
    /// <summary>Most supported first, the older first among equals.</summary>
    Supported,

    Newest,

    /// <summary>A shuffle that stays the same for one <see cref="IdeaFilter.Seed"/>, so paging neither repeats nor skips.</summary>
    Shuffled,
}

/// <summary>Which public ideas /ideas lists, and in what order.</summary>
public sealed record IdeaFilter(IdeaSort Sort = IdeaSort.Supported, string? ThemeKey = null, string? DistrictKey = null, int Seed = 0)
{
    /// <summary>
    /// The shuffled order's key: the id and the seed through one step of the MINSTD generator, then squared,
    /// modulo the prime 2³¹ − 1, in 64-bit integers that SQLite and PostgreSQL compute exactly as .NET does,
    /// so a page of a shuffle is found in the database. Being squared, a new seed changes which ideas stand
    /// next to each other, not only where the list starts.
    /// </summary>
    public const long ShuffleMultiplier = 48271L;

    public const long ShuffleModulus = 2147483647L;

    public static long ShuffleKey(long id, int seed) =>
        (id + seed) * ShuffleMultiplier % ShuffleModulus * ((id + seed) * ShuffleMultiplier % ShuffleModulus) % ShuffleModulus;
}

/// <summary>Port to the stored ideas, supports and reports; changes are saved with the unit of work.</summary>
public interface IIdeaRepository
{
    Task<Idea?> FindAsync(long id, CancellationToken ct);

    Task<Idea?> FindBySubmissionKeyAsync(string submissionKey, CancellationToken ct);

    /// <summary>Adds the idea and gives it its number, inside the current unit of work.</summary>
    Task AddAsync(Idea idea, CancellationToken ct);

    /// <summary>How many ideas the author submitted after <paramref name="since"/> (not at it).</summary>
    Task<int> CountByAuthorSinceAsync(long authorId, DateTimeOffset since, CancellationToken ct);

    /// <summary>The author's ideas, newest first.</summary>
    Task<IReadOnlyList<Idea>> ListByAuthorAsync(long authorId, int limit, CancellationToken ct);

    /// <summary>Public ideas as the filter chooses and orders them.</summary>
    Task<Page<Idea>> ListPublicAsync(IdeaFilter filter, int page, int pageSize, CancellationToken ct);

    /// <summary>Ideas a coordinator must look at: submitted ones and hidden ones, oldest first.</summary>
    Task<IReadOnlyList<Idea>> ListAwaitingCoordinatorAsync(CancellationToken ct);

    Task<IReadOnlyList<Idea>> ListAllAsync(CancellationToken ct);

    Task<IdeaSupport?> FindSupportAsync(long ideaId, long memberId, CancellationToken ct);

    /// <summary>Which of these ideas the member supports.</summary>
    Task<IReadOnlySet<long>> SupportedAmongAsync(long memberId, IReadOnlyCollection<long> ideaIds, CancellationToken ct);

    void AddSupport(IdeaSupport support);

    void RemoveSupport(IdeaSupport support);

    Task<bool> HasReportedAsync(long ideaId, long memberId, CancellationToken ct);

    void AddReport(IdeaReport report);

    Task<IdeaReport?> FindReportAsync(long ideaId, long memberId, CancellationToken ct);

    void RemoveReport(IdeaReport report);

    /// <summary>How many reports of the idea give each reason.</summary>
    Task<IReadOnlyDictionary<ReportReason, int>> CountReportReasonsAsync(long ideaId, CancellationToken ct);

    Task ClearReportsAsync(long ideaId, CancellationToken ct);
}
