using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GenYCity.Bot.Host.Delivery;

namespace GenYCity.Bot.Host.Channels.Meta;

/// <summary>Where the Graph API is: its base address and the version the bot speaks (from each channel's settings).</summary>
internal sealed record GraphAddress(string BaseUrl, string Version);

/// <summary>An error the Graph API answered with: its code, subcode and message (and, from WhatsApp, its details).</summary>
internal sealed record GraphError(HttpStatusCode Status, int? Code, int? Subcode, string Message)
{
    /// <summary>What WhatsApp adds in error_data.details, if anything.</summary>
    public string? Details { get; init; }

    public string Reason => $"{(int)Status} {Message}".Trim();

    /// <summary>Throttling: codes 4, 17, 32 and 613, or a 429.</summary>
    public bool IsThrottling => Code is 4 or 17 or 32 or 613 || Status == HttpStatusCode.TooManyRequests;

    /// <summary>Worth trying again later: the server failed, or said it was a temporary problem (codes 1, 2).</summary>
    public bool IsTransient => (int)Status >= 500 || Code is 1 or 2;
}

/// <summary>
/// Calls to Meta's Graph API shared by the Page feed, Messenger's Send API and profile, and WhatsApp's Cloud API: the
/// address (base URL and version from configuration), the token in the Authorization header (never in an address a
/// log could show), and network failures and timeouts read as "try again later".
/// </summary>
internal static class GraphApi
{
    public static HttpRequestMessage Post(GraphAddress address, string path, HttpContent content, string? token) =>
        Request(HttpMethod.Post, address, path, token, content);

    public static HttpRequestMessage Get(GraphAddress address, string path, string? token) => Request(HttpMethod.Get, address, path, token, null);

    private static HttpRequestMessage Request(HttpMethod method, GraphAddress address, string path, string? token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, $"{address.BaseUrl.TrimEnd('/')}/{address.Version}/{path}") { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    /// <summary>Sends the request; a success is read by <paramref name="sent"/>, an error by <paramref name="refused"/>.</summary>
    public static async Task<SendResult> SendAsync(
        HttpClient http, HttpRequestMessage request, Func<string, SendResult> sent, Func<GraphError, SendResult> refused, CancellationToken ct)
    {
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            return response.IsSuccessStatusCode ? sent(body) : refused(ReadError(response.StatusCode, body));
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

    /// <summary>A string property of a JSON answer ("id", "message_id"), if the answer has it.</summary>
    public static string? Field(string body, string name)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var value) ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GraphError ReadError(HttpStatusCode status, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var error = json.RootElement.GetProperty("error");
            return new GraphError(
                status,
                error.TryGetProperty("code", out var code) && code.TryGetInt32(out var c) ? c : null,
                error.TryGetProperty("error_subcode", out var sub) && sub.TryGetInt32(out var s) ? s : null,
                error.TryGetProperty("message", out var text) ? text.GetString() ?? "" : "")
            {
                Details = error.TryGetProperty("error_data", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.String ? details.GetString() : null,
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new GraphError(status, null, null, body.Length > 200 ? body[..200] : body);
        }
    }
}
