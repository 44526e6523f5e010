using GenYCity.Bot.Domain.Conversations;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>An idea being written, stored with the conversation after every step.</summary>
public sealed class IdeaDraft : FlowDraft
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The published ideas that looked like this one when its description was given, the most alike first.</summary>
    public List<long> SimilarIds { get; set; } = [];

    public string? ThemeKey { get; set; }

    public string? PhotoRef { get; set; }

    /// <summary>Where it is, already rounded (<see cref="Ideas.Place"/>); null when skipped.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? PlaceText { get; set; }

    public string? DistrictKey { get; set; }

    public Place? Place => Latitude is not null || PlaceText is not null ? new Place(Latitude, Longitude, PlaceText) : null;
}
