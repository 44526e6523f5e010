using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Digest;

/// <summary>
/// A feature's own part of the digest (a budget's vote, its results): what it has to say for a period, gathered
/// with the digest's facts, and written in each language after the polls. A feature adds one with
/// <c>feature.Adds&lt;IDigestPart, …&gt;()</c>; the digest itself does not name it.
/// </summary>
public interface IDigestPart
{
    /// <summary>The part for the period as seen at <paramref name="asOf"/>, or null when it has nothing to say.</summary>
    Task<DigestSection?> GatherAsync(DigestPeriod period, DateTimeOffset asOf, CancellationToken ct);
}

/// <summary>A part of the digest: its text and buttons in one language, the buttons' user text within <c>maxLabelLength</c>.</summary>
public sealed record DigestSection(Func<Language, int, OutboundTemplate> Write);

public static class DigestParts
{
    /// <summary>The facts with every feature's part for the same period added.</summary>
    public static async Task<DigestFacts> WithPartsAsync(this DigestFacts facts, IEnumerable<IDigestPart> parts, DigestPeriod period, DateTimeOffset asOf, CancellationToken ct)
    {
        var sections = new List<DigestSection>();
        foreach (var part in parts)
        {
            if (await part.GatherAsync(period, asOf, ct) is { } section)
            {
                sections.Add(section);
            }
        }

        return sections.Count == 0 ? facts : facts with { Sections = sections };
    }
}
