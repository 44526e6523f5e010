using System.Globalization;
using System.Text.RegularExpressions;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// Where an idea is: a point rounded to three decimals (about 110 m north–south, 60 m east–west at the
/// city's latitude), so no one's doorstep is stored, and the place as the author named it.
/// </summary>
public sealed partial record Place(double? Latitude, double? Longitude, string? Text)
{
    public const int MaxTextLength = 200;

    /// <summary>A point, rounded; null when it is not on the Earth.</summary>
    public static Place? FromPoint(double latitude, double longitude, string? text = null) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && Math.Abs(latitude) <= 90 && Math.Abs(longitude) <= 180
            ? new Place(Round(latitude), Round(longitude), string.IsNullOrWhiteSpace(text) ? null : text.Trim())
            : null;

    /// <summary>
    /// Typed text. Coordinates anywhere in it ("55.8747, 26.5362", "55,8747 26,5362", a pasted map link) are
    /// read as the point, rounded, and taken out of the text, with any address, so no exact spot is kept in
    /// words either; what is left is the place's name.
    /// </summary>
    public static Place FromText(string text)
    {
        var match = Coordinates().Match(text);
        if (match.Success
            && double.TryParse(match.Groups["lat"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            && double.TryParse(match.Groups["lon"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            && FromPoint(latitude, longitude) is { } point)
        {
            var rest = string.Join(' ', text.Remove(match.Index, match.Length).Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Where(word => !word.Contains("://", StringComparison.Ordinal) && !word.StartsWith("geo:", StringComparison.OrdinalIgnoreCase)));
            rest = rest.Trim(' ', ',', ';', '-', '–', ':', '/');
            return point with { Text = rest.Length > 0 ? rest : null };
        }

        return new Place(null, null, text.Trim());
    }

    public bool HasPoint => Latitude is not null && Longitude is not null;

    /// <summary>The point on OpenStreetMap, or null without one.</summary>
    public string? MapLink => HasPoint
        ? string.Create(CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={Latitude:0.###}&mlon={Longitude:0.###}#map=17/{Latitude:0.###}/{Longitude:0.###}")
        : null;

    private static double Round(double degrees) => Math.Round(degrees, 3, MidpointRounding.AwayFromZero);

    /// <summary>A latitude and a longitude with two or more decimals each (a point or a comma), as typed or in a map link.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<lat>-?\d{1,2}[.,]\d{2,})\s*[,;/ ]\s*(?<lon>-?\d{1,3}[.,]\d{2,})(?![\d])")]
    private static partial Regex Coordinates();
}
