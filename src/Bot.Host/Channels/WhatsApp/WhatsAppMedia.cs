using System.Net.Http.Headers;
using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels.Meta;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// Photos and files through the Cloud API, with the access token in the Authorization header (never in an address).
/// A photo a person sends arrives as a media id: it is asked for its address (GET /{media-id}), downloaded with the
/// token from Meta over https, checked as a photo Telegram takes, and kept once among the uploaded photos, served at
/// the bot's public address to every channel (the retention job drops it once no idea uses it; /forgetme with the
/// person's unpublished ideas). Only a consenting person's photo is fetched, and only the first time the message
/// comes. A file the bot sends (a calendar entry, /mydata) is uploaded first (POST /{phone-number-id}/media) and
/// sent by the id it gets.
/// </summary>
internal sealed class WhatsAppMedia(
    IHttpClientFactory http, IOptions<WhatsAppOptions> options, DashboardOptions dashboard, IServiceScopeFactory scopes, ILogger<WhatsAppMedia> logger)
{
    public const string HttpClientName = "whatsapp-cloud-api";

    /// <summary>A photo's address and download failed for now (the network, the platform): the webhook call is answered 503 and comes again.</summary>
    public sealed class NotNowException(string message) : Exception(message);

    /// <summary>The messages with their photos downloaded and kept; a photo that cannot be had is an unsupported message.</summary>
    public async Task<IReadOnlyList<InboundMessage>> ResolveAsync(IReadOnlyList<InboundMessage> messages, CancellationToken ct)
    {
        if (!messages.Any(IsMedia))
        {
            return messages;
        }

        var resolved = new List<InboundMessage>(messages.Count);
        foreach (var message in messages)
        {
            resolved.Add(IsMedia(message) ? await ResolveAsync(message, ct) : message);
        }

        return resolved;
    }

    private static bool IsMedia(InboundMessage message) => message.PhotoRef?.StartsWith(WhatsAppUpdates.MediaPrefix, StringComparison.Ordinal) == true;

    private async Task<InboundMessage> ResolveAsync(InboundMessage message, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.BotDbContext>();
        if (await db.ProcessedUpdates.AnyAsync(u => u.Key == message.UpdateKey, ct))
        {
            // Handled already (Meta delivered it again): the dispatcher skips it, and nothing is fetched twice.
            return message;
        }

        if (!await db.Members.AnyAsync(m => m.Channel == ChannelKind.WhatsApp && m.ExternalId == message.UserId && m.Consent == ConsentStatus.Given, ct))
        {
            // Nothing of someone who has not agreed to the notice is kept: the bot asks them to, as for any message.
            return message with { Kind = InboundKind.Unsupported, PhotoRef = null };
        }

        var mediaId = message.PhotoRef![WhatsAppUpdates.MediaPrefix.Length..];
        var content = mediaId.All(char.IsAsciiDigit) ? await DownloadAsync(mediaId, ct) : null;
        var key = content is null ? null : await scope.ServiceProvider.GetRequiredService<UploadedPhotos>().KeepAsync(content, ct);
        return key is null
            ? message with { Kind = InboundKind.Unsupported, PhotoRef = null }
            : message with { PhotoRef = DashboardUpload.Address(dashboard.PublicUrl, key) };
    }

    /// <summary>The media's bytes; null when the platform has none (gone, or too large to be a photo the bot keeps).</summary>
    private async Task<byte[]?> DownloadAsync(string mediaId, CancellationToken ct)
    {
        var settings = options.Value;
        var client = http.CreateClient(HttpClientName);
        try
        {
            using var ask = GraphApi.Get(settings.Graph, mediaId, settings.AccessToken);
            using var answer = await client.SendAsync(ask, ct);
            if (!answer.IsSuccessStatusCode)
            {
                return Refused(answer.StatusCode, "its address");
            }

            var url = GraphApi.Field(await answer.Content.ReadAsStringAsync(ct), "url");
            if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || !Secure(address))
            {
                logger.LogWarning("WhatsApp gave a photo's address the bot does not fetch the token to (not https)");
                return null;
            }

            using var download = new HttpRequestMessage(HttpMethod.Get, address);
            download.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
            using var file = await client.SendAsync(download, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!file.IsSuccessStatusCode)
            {
                return Refused(file.StatusCode, "the file");
            }

            await using var stream = await file.Content.ReadAsStreamAsync(ct);
            return await Webhooks.ReadAtMostAsync(stream, DashboardUpload.MaxBytes, ct);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("Downloading a WhatsApp photo failed ({Error}); the webhook call will come again", ex.Message);
            throw new NotNowException(ex.Message);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new NotNowException("timed out");
        }
    }

    /// <summary>
    /// A refusal: a server error, a rate limit or a refused token is tried again (the webhook call is answered 503, and
    /// Meta brings it again while the city renews the token, said in the log); anything else means there is no photo.
    /// </summary>
    private byte[]? Refused(System.Net.HttpStatusCode status, string what)
    {
        if (status is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
        {
            logger.LogError("WhatsApp refused the access token when asked for a photo's {What} ({Status}): check WhatsApp:AccessToken", what, (int)status);
        }

        return (int)status >= 500 || status is System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden
            ? throw new NotNowException($"media {what}: {(int)status}")
            : null;
    }

    /// <summary>The token goes only over https (or to this machine, where the tests' fake Cloud API is).</summary>
    private static bool Secure(Uri address) => address.Scheme == Uri.UriSchemeHttps || (address.Scheme == Uri.UriSchemeHttp && address.IsLoopback);

    /// <summary>Uploads a local file for sending; its media id, or what the platform said.</summary>
    public async Task<(string? MediaId, SendResult? Refused)> UploadAsync(string path, string contentType, Func<GraphError, SendResult> classify, CancellationToken ct)
    {
        var settings = options.Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("whatsapp"), "messaging_product");
        form.Add(new StringContent(contentType), "type");
        await using var file = File.OpenRead(path);
        using var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(content, "file", Path.GetFileName(path));
        using var request = GraphApi.Post(settings.Graph, $"{settings.PhoneNumberId}/media", form, settings.AccessToken);
        string? id = null;
        var result = await GraphApi.SendAsync(http.CreateClient(HttpClientName), request, body => new SendResult.Sent(id = GraphApi.Field(body, "id")), classify, ct);
        return id is not null ? (id, null) : (null, result is SendResult.Sent ? new SendResult.Failed("the media upload answered no id") : result);
    }

    /// <summary>
    /// The file's type by its name, among those the Cloud API takes: a spreadsheet, a PDF or a photo as such; the bot's
    /// text files (a calendar entry, a CSV export, /mydata) as plain text, which it takes, under their own names.
    /// </summary>
    public static string MediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".pdf" => "application/pdf",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/plain",
    };
}
