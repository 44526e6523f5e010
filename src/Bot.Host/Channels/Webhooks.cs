using System.Security.Cryptography;
using System.Text;
using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Channels;

/// <summary>The platforms' webhooks: their endpoints, and the limits every request body meets first.</summary>
public static class Webhooks
{
    /// <summary>Platform webhook bodies are small, but Meta's may batch up to 3 MB; the server refuses anything over this with 413.</summary>
    public const int MaxBodyBytes = 3 * 1024 * 1024;

    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.Services.AddValidatedOptions<WebhookOptions>(WebhookOptions.SectionName);
        return builder;
    }

    /// <summary>
    /// Handles one call within <see cref="WebhookOptions.Deadline"/>, each database wait bounded by
    /// <see cref="WebhookOptions.BusyTimeout"/>, so a database locked for a minute still gets the platform
    /// its answer in time; false when the work did not finish (nothing of it was committed): answer 503.
    /// </summary>
    public static async Task<bool> WithinDeadlineAsync(WebhookOptions options, Func<CancellationToken, Task<bool>> handle, CancellationToken aborted)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(options.Deadline);
        using var busy = SqliteBusyTimeout.Within(options.BusyTimeout);
        try
        {
            return await handle(deadline.Token);
        }
        catch (Exception) when (deadline.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            // Past the deadline, whatever stopped the work (a cancelled wait, a database still busy).
            return false;
        }
    }

    public static WebApplication MapWebhooks(this WebApplication app) => app.MapChannelWebhooks();

    /// <summary>Compares two secrets in time that does not depend on where they differ.</summary>
    public static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    /// <summary>A stream's bytes (a webhook's body, a downloaded photo), or null when there are more than <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream stream, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The platforms post JSON; anything else is refused before it is read.</summary>
    public static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && type.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
