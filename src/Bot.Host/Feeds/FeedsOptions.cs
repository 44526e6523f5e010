using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// The "Feeds" section: the public, read-only feeds for the city's website (the events' calendar, the ideas and
/// "you said, we did" as open data, the embeddable results page). Off unless <see cref="Enabled"/>; checked at start
/// when on, a bad value stopping the start with one line naming its key.
/// </summary>
public sealed partial class FeedsOptions : IValidatableObject
{
    public const string SectionName = "Feeds";

    public const int MinCacheSeconds = 10;

    /// <summary>
    /// An hour: readers' and proxies' copies (Cache-Control: public) are not recalled when an idea is hidden or a
    /// person erased, so they may live no longer than this.
    /// </summary>
    public const int MaxCacheSeconds = 3_600;

    /// <summary>Whether the feeds are served; off by default, so nothing is published before the city decides to.</summary>
    public bool Enabled { get; set; }

    /// <summary>How long a feed is served from memory before it is made again, and how long others may keep it.</summary>
    public int CacheSeconds { get; set; } = 300;

    /// <summary>
    /// Whether the open data holds the ideas' descriptions: off by default, since they are residents' own free text
    /// (which may name people) and the city's privacy notice must say they are published under the licence first.
    /// </summary>
    public bool IncludeDescriptions { get; set; }

    /// <summary>The open-data licence the ideas are published under, named in the data and in a Link header.</summary>
    public FeedLicence Licence { get; set; } = new();

    /// <summary>
    /// Who may show the results page in a frame (CSP frame-ancestors): "*" for any site, or the city's sites, such as
    /// "https://www.daugavpils.lv https://jauniesi.daugavpils.lv".
    /// </summary>
    public string FrameAncestors { get; set; } = "*";

    public TimeSpan CacheFor => TimeSpan.FromSeconds(CacheSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (CacheSeconds is < MinCacheSeconds or > MaxCacheSeconds)
        {
            yield return new($"Feeds:CacheSeconds must be between {MinCacheSeconds} and {MaxCacheSeconds} (an hour).");
        }

        if (string.IsNullOrWhiteSpace(Licence.Name) || Licence.Name.Length > 100 || Licence.Name.Any(char.IsControl))
        {
            yield return new("Feeds:Licence:Name must name the licence the open data is under, in at most 100 characters, such as CC BY 4.0.");
        }

        if (!Uri.TryCreate(Licence.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps
            || Licence.Url != Licence.Url.Trim() || Licence.Url.IndexOfAny(['<', '>', '"', ' ']) >= 0)
        {
            yield return new("Feeds:Licence:Url must be the licence's https:// address, such as https://creativecommons.org/licenses/by/4.0/.");
        }

        var sources = FrameAncestors.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (sources.Length == 0 || !sources.All(s => Source().IsMatch(s)))
        {
            yield return new("Feeds:FrameAncestors must be * (any site), 'self', or the sites that may show the results page, separated by spaces, such as https://www.daugavpils.lv.");
        }
    }

    /// <summary>A CSP host source: *, 'self', or a scheme and host with an optional wildcard and port.</summary>
    [GeneratedRegex(@"^(\*|'self'|https?://(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:([0-9]{1,5}|\*))?/?)$")]
    private static partial Regex Source();
}
