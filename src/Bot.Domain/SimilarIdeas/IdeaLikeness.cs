namespace GenYCity.Bot.Domain.SimilarIdeas;

/// <summary>
/// How alike two ideas are, whatever languages they are written in: each text is a set of features, the
/// stems of its words and the things its words name (<see cref="SimilarWords"/>), those of the title
/// counting twice; a feature weighs the more the fewer published ideas have it (inverse document
/// frequency), and the likeness is the cosine of the two weighted sets. Scored in the application on SQLite
/// and PostgreSQL alike, so the figures of the labelled set hold on both.
/// </summary>
public sealed class IdeaLikeness(SimilarWords words)
{
    /// <summary>Below this nothing is shown: a shared place name or a common word alone does not reach it.</summary>
    public const double Threshold = 0.2;

    /// <summary>Published ideas' features kept between drafts (their words rarely change); forgotten all at once past this many.</summary>
    public const int KeptFeatures = 20_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, (string Title, string Description, Dictionary<string, double> Features)> kept = new();

    /// <summary>The published ideas alike enough to the one being written, the most alike first, at most <paramref name="most"/>.</summary>
    public IReadOnlyList<SimilarIdea> Rank(string title, string description, IReadOnlyList<IdeaText> published, int most, double threshold = Threshold)
    {
        var query = Features(title, description);
        var documents = published.Select(p => (p.Id, Features: Kept(p))).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in documents.SelectMany(d => d.Features.Keys))
        {
            frequency[feature] = frequency.GetValueOrDefault(feature) + 1;
        }

        var total = documents.Count + 1;
        double Weight(string feature) => Math.Log(1.0 + (total / (1.0 + frequency.GetValueOrDefault(feature))));
        var queryWeights = query.ToDictionary(f => f.Key, f => f.Value * Weight(f.Key), StringComparer.Ordinal);
        var queryNorm = Norm(queryWeights.Values);
        if (queryNorm == 0)
        {
            return [];
        }

        return documents
            .Select(d =>
            {
                double dot = 0, squares = 0;
                foreach (var (feature, count) in d.Features)
                {
                    var weight = count * Weight(feature);
                    squares += weight * weight;
                    if (queryWeights.TryGetValue(feature, out var other))
                    {
                        dot += weight * other;
                    }
                }

                return new SimilarIdea(d.Id, squares == 0 ? 0 : dot / (Math.Sqrt(squares) * queryNorm));
            })
            .Where(s => s.Score >= threshold)
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Id)
            .Take(most)
            .ToList();
    }

    /// <summary>A published idea's features, made once for its words (and again when they change).</summary>
    private Dictionary<string, double> Kept(IdeaText idea)
    {
        if (kept.TryGetValue(idea.Id, out var known) && known.Title == idea.Title && known.Description == idea.Description)
        {
            return known.Features;
        }

        if (kept.Count >= KeptFeatures)
        {
            kept.Clear();
        }

        var features = Features(idea.Title, idea.Description);
        kept[idea.Id] = (idea.Title, idea.Description, features);
        return features;
    }

    /// <summary>A text's features and how much each counts: 2 from the title, 1 from the description (the larger when both).</summary>
    public Dictionary<string, double> Features(string title, string description)
    {
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(features, title, 2);
        Add(features, description, 1);
        return features;
    }

    private void Add(Dictionary<string, double> features, string text, double weight)
    {
        var normalized = IdeaWords.Normalize(text);
        void Count(string feature) => features[feature] = Math.Max(features.GetValueOrDefault(feature), weight);
        foreach (var word in IdeaWords.Words(normalized))
        {
            Count("w:" + IdeaWords.Stem(word));
            foreach (var thing in words.ThingsOf(word))
            {
                Count("t:" + thing);
            }
        }

        foreach (var thing in words.ThingsInPhrases(normalized))
        {
            Count("t:" + thing);
        }
    }

    private static double Norm(IEnumerable<double> weights) => Math.Sqrt(weights.Sum(w => w * w));
}
