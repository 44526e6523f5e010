namespace GenYCity.Bot.Domain.Ideas;

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
