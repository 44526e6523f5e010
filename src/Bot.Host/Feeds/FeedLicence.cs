namespace GenYCity.Bot.Host.Feeds;

/// <summary>The licence of the open data (Feeds:Licence): its name and its address; Creative Commons Attribution 4.0 by default.</summary>
public sealed class FeedLicence
{
    public string Name { get; set; } = "CC BY 4.0";

    public string Url { get; set; } = "https://creativecommons.org/licenses/by/4.0/";
}
