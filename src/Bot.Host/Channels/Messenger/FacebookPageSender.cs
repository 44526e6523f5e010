using System.Net;
using System.Text.Json;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;

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
        var address = new Uri($"{settings.GraphApiBaseUrl.TrimEnd('/')}/{settings.GraphApiVersion}/{Uri.EscapeDataString(message.To.ChatId)}/feed");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["message"] = message.Text,
            ["access_token"] = settings.PageAccessToken ?? string.Empty,
        });
        try
        {
            using var response = await http.CreateClient(HttpClientName).PostAsync(address, form, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            return response.IsSuccessStatusCode ? new SendResult.Sent(PostId(body)) : Classify(response.StatusCode, body);
        }
        catch (HttpRequestException ex)
        {
            return new SendResult.RetryLater(ex.Message);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult.RetryLater("timed out");
        }
    }

    private static string? PostId(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
    }

    /// <summary>Graph API errors: throttling (codes 4, 17, 32, 613) and server errors are retried; the rest are final.</summary>
    private static SendResult Classify(HttpStatusCode status, string body)
    {
        var (code, text) = ReadError(body);
        var reason = $"{(int)status} {text}".Trim();
        return code is 4 or 17 or 32 or 613 || status == HttpStatusCode.TooManyRequests || (int)status >= 500
            ? new SendResult.RetryLater(reason)
            : new SendResult.Failed(reason);
    }

    private static (int? Code, string Message) ReadError(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var error = json.RootElement.GetProperty("error");
            return (error.TryGetProperty("code", out var code) ? code.GetInt32() : null, error.TryGetProperty("message", out var text) ? text.GetString() ?? "" : "");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, body.Length > 200 ? body[..200] : body);
        }
    }
}
