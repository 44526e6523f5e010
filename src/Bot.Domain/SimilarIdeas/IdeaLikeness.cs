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

    /// <summary>The published ideas alike enough to the one being written, the most alike first, at most <paramref name="most"/>.</summary>
    public IReadOnlyList<SimilarIdea> Rank(string title, string description, IReadOnlyList<IdeaText> published, int most, double threshold = Threshold)
    {
        var query = Features(title, description);
        var documents = published.Select(p => (p.Id, Features: Features(p.Title, p.Description))).ToList();
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
