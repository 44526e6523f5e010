using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;
using GenYCity.Bot.Host.Dashboard;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// What every feed is written with: its language, the city's settings, the moment it is made, where the links into
/// the chat go (the bot's Telegram name; without Telegram, the Facebook Page whose Messenger it answers; neither: no
/// links, since a WhatsApp chat link needs the phone number, which the bot is not told) and the domain of the events'
/// UIDs (<see cref="Ics.UidDomain"/>).
/// </summary>
internal sealed record FeedContext(
    Language Language, BotOptions Bot, FeedsOptions Options, EventTime Time, DateTimeOffset Now, string? TelegramBot, string? MessengerPage = null, string UidDomain = Ics.DefaultDomain)
{
    public FeedTexts T { get; } = FeedTexts.For(Language);

    /// <summary>Who publishes: the organisation's name in the language, else in the city's own.</summary>
    public string Organisation => Either(Bot.Organisation.For(Language), Bot.Organisation.For(Bot.FallbackLanguage));

    /// <summary>The theme's name; null for one the city no longer has, whose key is no word for a reader.</summary>
    public string? ThemeName(string key) => Bot.FindTheme(key) is { } theme ? Either(theme.Name(Language), theme.Name(Bot.FallbackLanguage)) : null;

    public string? DistrictName(string? key) =>
        key is null ? null : Bot.FindDistrict(key) is { } district ? Either(district.Name(Language), district.Name(Bot.FallbackLanguage)) : key;

    public string StatusName(IdeaStatus status) => Phrasebook.For(Language).Status(status);

    /// <summary>The bot's chat, where anyone can start: on Telegram, else on the Page's Messenger.</summary>
    public string? BotLink => TelegramBot is { } name ? $"https://t.me/{name}" : MessengerPage is { } page ? $"https://m.me/{page}" : null;

    /// <summary>
    /// A link that opens one thing in the chat ("event_12"), as the chat's own buttons make them, on Telegram. On
    /// Messenger the chat itself: the bot does not read m.me's ref, so the person finds it under /events there.
    /// </summary>
    public string? StartLink(string parameter) => TelegramBot is { } name ? $"https://t.me/{name}?start={Uri.EscapeDataString(parameter)}" : BotLink;

    public LocalMoment Moment(DateTimeOffset instant) => new(Time.Local(instant), Time.Local(Now).Year);

    /// <summary>An instant as open data writes it: ISO 8601 in UTC, to the second.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A count of people as the public sees it: 1 to 4 are not shown (<see cref="ReportCount"/>); 0 is, everywhere,
    /// since no one can be picked out of nobody.
    /// </summary>
    public static int? Shown(int count) => count is > 0 and < ReportCount.Threshold ? null : count;

    private static string Either(string text, string otherwise) => string.IsNullOrWhiteSpace(text) ? otherwise : text;
}
