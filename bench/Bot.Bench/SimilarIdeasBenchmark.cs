using System.Diagnostics;
using GenYCity.Bot.Domain.SimilarIdeas;

namespace GenYCity.Bot.Bench;

/// <summary>
/// How long finding the similar ideas of one draft takes, scored in the application against the newest
/// <see cref="SimilarIdeaFinder.Compared"/> published ideas (the most it compares with), and what it allocates.
/// </summary>
internal static class SimilarIdeasBenchmark
{
    private static readonly string[] Words =
    [
        "skeitparks", "Dubrovina", "parkā", "soliņi", "apgaismojums", "veloceliņš", "miskastes", "Daugavas", "krastmala", "cietoksnis",
        "скейтпарк", "парке", "скамейки", "освещение", "велодорожка", "урны", "набережная", "крепость", "молодежи", "центр",
        "skatepark", "benches", "lighting", "bike", "lane", "bins", "river", "fortress", "youth", "centre", "wifi", "trams",
    ];

    public static void Run()
    {
        var random = new Random(4711);
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        var published = Enumerable.Range(1, SimilarIdeaFinder.Compared).Select(i => new IdeaText(i, i, Text(6), Text(60))).ToList();
        var likeness = new IdeaLikeness(SimilarWords.Default);
        likeness.Rank(Text(6), Text(40), published, SimilarIdeaFinder.Most);

        const int drafts = 20;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < drafts; i++)
        {
            likeness.Rank(Text(6), Text(40), published, SimilarIdeaFinder.Most);
        }

        clock.Stop();
        var perDraft = clock.Elapsed.TotalMilliseconds / drafts;
        var megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / drafts / 1024.0 / 1024.0;
        Console.WriteLine($"Similar ideas: a draft against {published.Count} published ideas (66 words each): {perDraft:0.0} ms, {megabytes:0.0} MB allocated per draft");
        Console.WriteLine();
    }
}
