using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Translation;

/// <summary>
/// Translation by a LibreTranslate server (POST /translate, JSON). Only the text and the languages go to it, and the
/// key when one is set; the logs name the server and what went wrong (a status code, a time-out), never the text, the
/// translation or the key. A server that fails <see cref="TranslationOptions.FailuresToPause"/> times in a row is left
/// alone for <see cref="TranslationOptions.PauseSeconds"/>: people get "unavailable" at once rather than a wait each.
/// </summary>
public sealed class LibreTranslateTranslator(IHttpClientFactory http, IOptions<TranslationOptions> options, TimeProvider clock, ILogger<LibreTranslateTranslator> logger)
    : ITranslator
{
    public const string HttpClientName = "LibreTranslate";

    /// <summary>LibreTranslate's default --char-limit; it counts characters as Python does, by code point.</summary>
    public const int MaxTextLength = 5000;

    private readonly TranslationOptions settings = options.Value;
    private readonly Uri endpoint = new(new Uri(options.Value.Url!.Trim().TrimEnd('/') + "/"), "translate");
    private readonly CircuitBreaker circuit = new(options.Value.FailuresToPause, TimeSpan.FromSeconds(options.Value.PauseSeconds), clock);

    public bool IsOn => true;

    public string ServiceName => $"LibreTranslate, {endpoint.Host}";

    public async Task<TranslationResult> TranslateAsync(string text, Language? source, Language target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        ct.ThrowIfCancellationRequested();
        if (text.Length > MaxTextLength && text.EnumerateRunes().Count() > MaxTextLength)
        {
            // The server would refuse it; that is no fault of the server's, so the circuit does not hear of it.
            return TranslationResult.Not(TranslationStatus.Failed);
        }

        if (!circuit.TryEnter(out var trial))
        {
            return TranslationResult.Not(TranslationStatus.Unavailable);
        }

        Outcome outcome;
        try
        {
            outcome = await AskAsync(text, source, target, ct);
        }
        catch
        {
            // The caller gave up (or something unforeseen broke): the next call may be the trial, if this one was.
            circuit.Abandoned(trial);
            throw;
        }

        if (outcome.ServersFault && circuit.Failed(trial))
        {
            logger.LogWarning("Translation by {Service} is paused for {PauseSeconds} s: it keeps failing", endpoint.Host, settings.PauseSeconds);
        }
        else if (!outcome.ServersFault && circuit.Succeeded(trial))
        {
            logger.LogInformation("Translation by {Service} answers again; the pause is over", endpoint.Host);
        }

        return outcome.Result;
    }

    private async Task<Outcome> AskAsync(string text, Language? source, Language target, CancellationToken ct)
    {
        var request = new JsonObject
        {
            ["q"] = text,
            ["source"] = source?.Code ?? "auto",
            ["target"] = target.Code,
            ["format"] = "text",
        };
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            request["api_key"] = settings.ApiKey;
        }

        // The caller's token, and this call's own time limit: only the caller's cancelling is thrown.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            using var content = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await http.CreateClient(HttpClientName).PostAsync(endpoint, content, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Translation by {Service} failed: HTTP {StatusCode}", endpoint.Host, (int)response.StatusCode);

                // 400 is the request's fault (a language the server lacks, say): the server answered, so it is no failure of its own.
                return new(TranslationResult.Not(TranslationStatus.Failed), ServersFault: response.StatusCode != HttpStatusCode.BadRequest);
            }

            if (Translation(await response.Content.ReadAsStringAsync(timeout.Token)) is not { } translation)
            {
                logger.LogWarning("Translation by {Service} failed: HTTP {StatusCode} without a translation in it", endpoint.Host, (int)response.StatusCode);
                return new(TranslationResult.Not(TranslationStatus.Failed), ServersFault: true);
            }

            return new(TranslationResult.Done(translation), ServersFault: false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // This call's time limit, or the client's own a little later as a backstop.
            logger.LogWarning("Translation by {Service} timed out after {TimeoutSeconds} s", endpoint.Host, settings.TimeoutSeconds);
            return new(TranslationResult.Not(TranslationStatus.TimedOut), ServersFault: true);
        }
        catch (HttpRequestException e)
        {
            // The error's kind only (ConnectionError, NameResolutionError…): its message would add nothing safe.
            logger.LogWarning("Translation by {Service} failed: {HttpRequestError}", endpoint.Host, e.HttpRequestError);
            return new(TranslationResult.Not(TranslationStatus.Failed), ServersFault: true);
        }
    }

    /// <summary>The translated text of an answer; null when it is not JSON, not an object, or has none.</summary>
    private static string? Translation(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement is { ValueKind: JsonValueKind.Object } root
                && root.TryGetProperty("translatedText", out var translated)
                && translated.ValueKind == JsonValueKind.String
                && translated.GetString()!.Trim() is { Length: > 0 } text
                    ? text
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private readonly record struct Outcome(TranslationResult Result, bool ServersFault);
}
