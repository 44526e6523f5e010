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

    /// <summary>Typed text: "55.8747, 26.5362" is read as a point, anything else as the place's name.</summary>
    public static Place FromText(string text)
    {
        var match = Coordinates().Match(text);
        return match.Success
            && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            && double.TryParse(match.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            && FromPoint(latitude, longitude) is { } point
                ? point
                : new Place(null, null, text.Trim());
    }

    public bool HasPoint => Latitude is not null && Longitude is not null;

    /// <summary>The point on OpenStreetMap, or null without one.</summary>
    public string? MapLink => HasPoint
        ? string.Create(CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={Latitude:0.###}&mlon={Longitude:0.###}#map=17/{Latitude:0.###}/{Longitude:0.###}")
        : null;

    private static double Round(double degrees) => Math.Round(degrees, 3, MidpointRounding.AwayFromZero);

    [GeneratedRegex(@"^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")]
    private static partial Regex Coordinates();
}
