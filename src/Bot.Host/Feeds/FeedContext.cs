using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;
using GenYCity.Bot.Host.Dashboard;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// What every feed is written with: its language, the city's settings, the moment it is made, and the bot's Telegram
/// name for links into the chat (null when the bot is not on Telegram).
/// </summary>
internal sealed record FeedContext(Language Language, BotOptions Bot, FeedsOptions Options, EventTime Time, DateTimeOffset Now, string? TelegramBot)
{
    public FeedTexts T { get; } = FeedTexts.For(Language);

    /// <summary>Who publishes: the organisation's name in the language, else in the city's own.</summary>
    public string Organisation => Either(Bot.Organisation.For(Language), Bot.Organisation.For(Bot.FallbackLanguage));

    public string ThemeName(string key) => Bot.FindTheme(key) is { } theme ? Either(theme.Name(Language), theme.Name(Bot.FallbackLanguage)) : key;

    public string? DistrictName(string? key) =>
        key is null ? null : Bot.FindDistrict(key) is { } district ? Either(district.Name(Language), district.Name(Bot.FallbackLanguage)) : key;

    public string StatusName(IdeaStatus status) => Phrasebook.For(Language).Status(status);

    /// <summary>The bot's chat on Telegram, where anyone can start.</summary>
    public string? BotLink => TelegramBot is { } name ? $"https://t.me/{name}" : null;

    /// <summary>A start link that opens one thing in the chat ("event_12"), as the chat's own buttons make them.</summary>
    public string? StartLink(string parameter) => TelegramBot is { } name ? $"https://t.me/{name}?start={Uri.EscapeDataString(parameter)}" : null;

    public LocalMoment Moment(DateTimeOffset instant) => new(Time.Local(instant), Time.Local(Now).Year);

    /// <summary>An instant as open data writes it: ISO 8601 in UTC, to the second.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A count of people as the public sees it: 1 to 4 are not shown (<see cref="ReportCount"/>).</summary>
    public static int? Shown(int count) => count is > 0 and < ReportCount.Threshold ? null : count;

    private static string Either(string text, string otherwise) => string.IsNullOrWhiteSpace(text) ? otherwise : text;
}
