using System.Text.Json.Nodes;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;
using Microsoft.Extensions.Options;
using GenYCity.Bot.Host.Channels.Meta;

namespace GenYCity.Bot.Host.Channels.Messenger;

/// <summary>
/// At start, best effort: the Get Started button (it sends /start) and the persistent menu with the
/// residents' commands, in each language (Messenger Profile API). A failure is logged; chat works without.
/// </summary>
internal sealed class MessengerProfile(IHttpClientFactory http, IOptions<MessengerOptions> options, BotOptions bot, ILogger<MessengerProfile> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var menus = new JsonArray(Menu("default", bot.FallbackLanguage));
        foreach (var language in bot.Offered)
        {
            menus.Add(Menu(language.Info().MessengerLocale, language));
        }

        var body = new JsonObject { ["get_started"] = new JsonObject { ["payload"] = "/start" }, ["persistent_menu"] = menus };
        using var request = GraphApi.Post(settings.Graph, "me/messenger_profile", JsonContent.Create(body), settings.PageAccessToken);
        try
        {
            using var response = await http.CreateClient(FacebookPageSender.HttpClientName).SendAsync(request, stoppingToken);
            if (response.IsSuccessStatusCode)
            {
                logger.LogInformation("Messenger's Get Started button and menu are set");
            }
            else
            {
                logger.LogWarning("Could not set Messenger's Get Started button and menu ({Status}); chat works without them", (int)response.StatusCode);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not reach the Graph API to set Messenger's menu ({Error}); chat works without it", ex.Message);
        }
    }

    private static JsonObject Menu(string locale, Language language)
    {
        var t = Phrasebook.For(language);
        var items = CommandCatalog.AvailableTo(coordinator: false)
            .Where(c => c.MenuLabel is not null)
            .Select(c => (JsonNode)new JsonObject { ["type"] = "postback", ["title"] = c.MenuLabel!(t), ["payload"] = "/" + c.Name })
            .ToArray();
        return new JsonObject { ["locale"] = locale, ["composer_input_disabled"] = false, ["call_to_actions"] = new JsonArray(items) };
    }
}
