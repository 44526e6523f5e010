using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;
using GenYCity.Bot.Host.Channels.Meta;

namespace GenYCity.Bot.Host.Channels.Messenger;

/// <summary>
/// Posts to the Facebook Page's feed through the Graph API (POST /{page-id}/feed). The access token
/// travels in the form body, never in the address, so no request log can show it.
/// </summary>
internal sealed class FacebookPageSender(IHttpClientFactory http, IOptions<MessengerOptions> options) : IChannelSender
{
    public const string HttpClientName = "graph-api";

    public ChannelKind Channel => ChannelKind.FacebookPage;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["message"] = message.Text,
            ["access_token"] = settings.PageAccessToken ?? string.Empty,
        });
        using var request = GraphApi.Post(settings.Graph, $"{Uri.EscapeDataString(message.To.ChatId)}/feed", form, token: null);
        return await GraphApi.SendAsync(
            http.CreateClient(HttpClientName),
            request,
            body => new SendResult.Sent(GraphApi.Field(body, "id")),
            // Throttling and server errors are retried; the rest are final.
            error => error.IsThrottling ? new SendResult.RetryLater(error.Reason) { Cause = RetryCause.RateLimited }
                : error.IsTransient ? new SendResult.RetryLater(error.Reason) : new SendResult.Failed(error.Reason),
            ct);
    }
}
