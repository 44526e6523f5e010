using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>One update as getUpdates returned it: read into an <see cref="Update"/>, or null when it cannot be.</summary>
internal sealed record FetchedUpdate(long Id, Update? Update);

/// <summary>
/// getUpdates, read one update at a time. Telegram.Bot reads the whole batch at once, so one update it
/// cannot read (a message id beyond Int32, a field of a newer API) would fail every call and nobody
/// would be answered again; here that update comes back unread, to be skipped past.
/// </summary>
internal sealed class TelegramUpdateFeed(IHttpClientFactory http, IOptions<TelegramOptions> options)
{
    public async Task<IReadOnlyList<FetchedUpdate>> GetAsync(long? offset, int limit, CancellationToken ct)
    {
        var settings = options.Value;
        var body = new JsonObject
        {
            ["limit"] = limit,
            ["timeout"] = settings.PollingTimeoutSeconds,
            ["allowed_updates"] = JsonSerializer.SerializeToNode(TelegramUpdates.Wanted, JsonBotAPI.Options),
        };
        if (offset is { } from)
        {
            body["offset"] = from;
        }

        // The token is in the address, as the Bot API wants it; this client never logs its requests.
        using var response = await http.CreateClient(nameof(TelegramBotClient))
            .PostAsJsonAsync($"{settings.ApiBaseUrl.TrimEnd('/')}/bot{settings.BotToken}/getUpdates", body, ct);
        using var answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        var root = answer.RootElement;
        if (!root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var code = root.TryGetProperty("error_code", out var c) && c.TryGetInt32(out var n) ? n : (int)response.StatusCode;
            var description = root.TryGetProperty("description", out var d) ? d.GetString() : null;
            throw new ApiRequestException(description ?? response.ReasonPhrase ?? "getUpdates failed", code);
        }

        var updates = new List<FetchedUpdate>();
        foreach (var element in root.GetProperty("result").EnumerateArray())
        {
            if (!element.TryGetProperty("update_id", out var id) || !id.TryGetInt64(out var updateId))
            {
                continue;
            }

            updates.Add(new FetchedUpdate(updateId, TelegramUpdates.Read(element)));
        }

        return updates;
    }
}
