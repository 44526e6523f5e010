using System.Diagnostics;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;
using GenYCity.Bot.Host.Tests.Fakes;
using GenYCity.Bot.Host.Translation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The LibreTranslate adapter as the host registers it (AddTranslation), against a fake server on 127.0.0.1, with
/// a fake clock for its pauses. Time-outs are real time: they are the only waits, of a second each.
/// </summary>
public sealed class LibreTranslateTests : IAsyncLifetime
{
    private const string ApiKey = "libretranslate-key-for-tests";
    private const string Text = "Uz Rīgas ielas 12 nav apgaismojuma";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly LogCapture logs = new();
    private readonly List<WebApplication> hosts = [];
    private FakeLibreTranslate server = null!;

    public async Task InitializeAsync() => server = await FakeLibreTranslate.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        await server.DisposeAsync();
    }

    [Fact]
    public async Task TheRequest_CarriesTheTextAndTheLanguages_AndNothingElse()
    {
        const string text = "Привет, \"мир\" & <друзья>\nвторая строка";

        await Translator().TranslateAsync(text, Language.Ru, new Language("pl"), CancellationToken.None);

        var call = Assert.Single(server.Calls);
        Assert.Equal(("POST", "/translate"), (call.Method, call.Path));
        Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);
        var json = call.Json!;
        Assert.Equal(["format", "q", "source", "target"], json.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(text, (string?)json["q"]);
        Assert.Equal("ru", (string?)json["source"]);
        Assert.Equal("pl", (string?)json["target"]);
        Assert.Equal("text", (string?)json["format"]);
    }

    [Fact]
    public async Task WithAKey_TheRequestCarriesIt_AndAnUnknownSourceIsLeftToTheServer()
    {
        await Translator($"--Translation:ApiKey={ApiKey}").TranslateAsync(Text, null, Language.En, CancellationToken.None);

        var json = Assert.Single(server.Calls).Json!;
        Assert.Equal(["api_key", "format", "q", "source", "target"], json.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(ApiKey, (string?)json["api_key"]);
        Assert.Equal("auto", (string?)json["source"]);
        Assert.Equal("en", (string?)json["target"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/libre")]
    [InlineData("/libre/")]
    public async Task TheRequest_GoesToTranslate_UnderTheAddressGiven(string path)
    {
        await TranslatorAt(server.BaseUrl + path).TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None);

        Assert.Equal(path.TrimEnd('/') + "/translate", Assert.Single(server.Calls).Path);
    }

    [Fact]
    public async Task ATranslation_IsReturned_Trimmed()
    {
        server.Translates("  There is no lighting on Rīgas iela 12\n");

        var result = await Translator().TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None);

        Assert.Equal(TranslationResult.Done("There is no lighting on Rīgas iela 12"), result);
    }

    [Theory]
    [InlineData(400, "Invalid request: missing q parameter")]
    [InlineData(403, "Invalid API key")]
    [InlineData(429, "Slowdown: 80 per 1 minute")]
    [InlineData(500, "Cannot translate text: model not found")]
    [InlineData(502, "Bad Gateway")]
    public async Task AnError_IsFailed(int status, string error)
    {
        server.Refuses(status, error);

        var result = await Translator().TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None);

        Assert.Equal(TranslationResult.Not(TranslationStatus.Failed), result);
        Assert.Single(server.Calls);
    }

    [Theory]
    [InlineData("text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>")]
    [InlineData("application/json", "")]
    [InlineData("application/json", "[]")]
    [InlineData("application/json", "null")]
    [InlineData("application/json", "{\"translatedText\": \"\"}")]
    [InlineData("application/json", "{\"translatedText\": \" \\n \"}")]
    [InlineData("application/json", "{\"translatedText\": null}")]
    [InlineData("application/json", "{\"translatedText\": 42}")]
    [InlineData("application/json", "{\"translatedText\": [\"Sveiki\"]}")]
    [InlineData("application/json", "{\"detectedLanguage\": {\"confidence\": 90, \"language\": \"lv\"}}")]
    [InlineData("application/json", "{\"translatedText\": \"Sveiki\"")]
    public async Task AnAnswerThatIsNoTranslation_IsFailed(string contentType, string body)
    {
        server.Answers(contentType, body);

        var result = await Translator().TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None);

        Assert.Equal(TranslationResult.Not(TranslationStatus.Failed), result);
    }

    [Fact]
    public async Task AServerThatDoesNotAnswer_TimesOut_AfterTheTimeout_AndTheRequestIsClosed()
    {
        server.Hangs();
        var translator = Translator("--Translation:TimeoutSeconds=1");
        var waited = Stopwatch.StartNew();

        var result = await translator.TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(TranslationResult.Not(TranslationStatus.TimedOut), result);
        // Its own second, not the HTTP client's backstop two seconds later.
        Assert.InRange(waited.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(2.5));
        await WaitUntilAsync(() => server.Abandoned == 1, "the server to see the hanging request closed");
    }

    [Fact]
    public async Task AServerNobodyListensOn_IsFailed()
    {
        var result = await TranslatorAt($"http://127.0.0.1:{Ports.Free()}").TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None);

        Assert.Equal(TranslationResult.Not(TranslationStatus.Failed), result);
    }

    [Fact]
    public async Task AfterThreeFailuresInARow_TheNextCall_IsNotSent_AndIsUnavailable()
    {
        server.Refuses(500, "Cannot translate text");
        var translator = Translator();

        var failures = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => translator.TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None)));
        server.Translates("There is no lighting");
        var fourth = await translator.TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None);

        Assert.All(failures, f => Assert.Equal(TranslationStatus.Failed, f.Status));
        Assert.Equal(TranslationResult.Not(TranslationStatus.Unavailable), fourth);
        Assert.Equal(3, server.Calls.Count);
    }

    [Fact]
    public async Task TimeOuts_AreFailuresToo()
    {
        server.Hangs();
        var translator = Translator("--Translation:TimeoutSeconds=1", "--Translation:FailuresToPause=2");

        var first = await translator.TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var second = await translator.TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var third = await translator.TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None);

        Assert.Equal([TranslationStatus.TimedOut, TranslationStatus.TimedOut, TranslationStatus.Unavailable], [first.Status, second.Status, third.Status]);
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task ASuccess_StartsTheCountAgain()
    {
        var translator = Translator();

        foreach (var _ in Enumerable.Range(0, 3))
        {
            server.Refuses(500, "Cannot translate text");
            await TranslateAsync(translator);
            await TranslateAsync(translator);
            server.Translates("There is no lighting");
            Assert.Equal(TranslationStatus.Translated, (await TranslateAsync(translator)).Status);
        }

        Assert.Equal(9, server.Calls.Count);
    }

    [Fact]
    public async Task ABadRequest_IsFailed_ButNoFailureOfTheServer()
    {
        // LibreTranslate answers 400 to a language it does not have: the server is fine, and others' texts still go.
        server.Refuses(400, "zz is not supported");
        var translator = Translator();

        var results = new List<TranslationResult>();
        foreach (var _ in Enumerable.Range(0, 5))
        {
            results.Add(await translator.TranslateAsync(Text, Language.Lv, new Language("zz"), CancellationToken.None));
        }

        Assert.All(results, r => Assert.Equal(TranslationStatus.Failed, r.Status));
        Assert.Equal(5, server.Calls.Count);
    }

    [Fact]
    public async Task AfterThePause_OneCallGoesThrough_AndASuccessEndsThePause()
    {
        server.Refuses(500, "Cannot translate text");
        var translator = Translator();
        await FailThreeTimesAsync(translator);

        clock.Advance(TimeSpan.FromSeconds(59));
        var stillPaused = await TranslateAsync(translator);
        clock.Advance(TimeSpan.FromSeconds(1));
        server.Translates("There is no lighting");
        var trial = await TranslateAsync(translator);
        server.Refuses(500, "Cannot translate text");
        var afterwards = await TranslateAsync(translator);
        var andAgain = await TranslateAsync(translator);

        Assert.Equal(TranslationStatus.Unavailable, stillPaused.Status);
        Assert.Equal(TranslationResult.Done("There is no lighting"), trial);

        // The pause is over: one failure no longer starts another, as a failed trial would.
        Assert.Equal([TranslationStatus.Failed, TranslationStatus.Failed], [afterwards.Status, andAgain.Status]);
        Assert.Equal(6, server.Calls.Count);
    }

    [Fact]
    public async Task AFailedTrial_PausesAgain()
    {
        server.Refuses(500, "Cannot translate text");
        var translator = Translator("--Translation:PauseSeconds=120");
        await FailThreeTimesAsync(translator);

        clock.Advance(TimeSpan.FromSeconds(120));
        var trial = await TranslateAsync(translator);
        var paused = await TranslateAsync(translator);
        clock.Advance(TimeSpan.FromSeconds(119));
        var stillPaused = await TranslateAsync(translator);
        clock.Advance(TimeSpan.FromSeconds(1));
        server.Translates("There is no lighting");
        var nextTrial = await TranslateAsync(translator);

        Assert.Equal(
            [TranslationStatus.Failed, TranslationStatus.Unavailable, TranslationStatus.Unavailable, TranslationStatus.Translated],
            [trial.Status, paused.Status, stillPaused.Status, nextTrial.Status]);
        Assert.Equal(5, server.Calls.Count);
    }

    [Fact]
    public async Task WhileTheTrialRuns_OtherCallsAreUnavailable_AndACancelledTrialLetsTheNextCallTry()
    {
        server.Refuses(500, "Cannot translate text");
        var translator = Translator("--Translation:TimeoutSeconds=60");
        await FailThreeTimesAsync(translator);
        clock.Advance(TimeSpan.FromSeconds(60));
        server.Hangs();
        using var giveUp = new CancellationTokenSource();

        var trial = translator.TranslateAsync(Text, Language.Lv, Language.En, giveUp.Token);
        await WaitUntilAsync(() => server.Calls.Count == 4, "the trial call to reach the server");
        var meanwhile = await TranslateAsync(translator);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => trial.WaitAsync(TimeSpan.FromSeconds(10)));
        server.Translates("There is no lighting");
        var next = await TranslateAsync(translator);

        Assert.Equal(TranslationStatus.Unavailable, meanwhile.Status);
        Assert.Equal(TranslationStatus.Translated, next.Status);
        Assert.Equal(5, server.Calls.Count);
    }

    [Fact]
    public async Task TheCallerCancelling_IsThrown_AndIsNoFailureOfTheServer()
    {
        server.Hangs();
        var translator = Translator("--Translation:TimeoutSeconds=60");

        for (var i = 1; i <= 3; i++)
        {
            using var giveUp = new CancellationTokenSource();
            var call = translator.TranslateAsync(Text, Language.Lv, Language.En, giveUp.Token);
            await WaitUntilAsync(() => server.Calls.Count == i, $"call {i} to reach the server");
            await giveUp.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => translator.TranslateAsync(Text, Language.Lv, Language.En, new CancellationToken(canceled: true)));
        server.Translates("There is no lighting");
        var after = await TranslateAsync(translator);

        Assert.Equal(TranslationStatus.Translated, after.Status);
        Assert.Equal(4, server.Calls.Count);
    }

    [Fact]
    public async Task ATextOverLibreTranslatesLimit_IsNotSent_AndIsNoFailureOfTheServer()
    {
        var translator = Translator();

        var tooLong = new List<TranslationResult>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            tooLong.Add(await translator.TranslateAsync(new string('a', 5001), Language.Lv, Language.En, CancellationToken.None));
        }

        // 5000 characters as LibreTranslate counts them, though 10000 UTF-16 units.
        var emoji = await translator.TranslateAsync(string.Concat(Enumerable.Repeat("🚲", 5000)), Language.Lv, Language.En, CancellationToken.None);

        Assert.All(tooLong, r => Assert.Equal(TranslationResult.Not(TranslationStatus.Failed), r));
        Assert.Equal(TranslationStatus.Translated, emoji.Status);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task NeitherTheKeyNorTheTexts_ReachTheLogs()
    {
        const string translation = "There is no lighting on Rīgas iela 12";
        var translator = Translator($"--Translation:ApiKey={ApiKey}", "--Translation:TimeoutSeconds=1");

        server.Translates(translation);
        await TranslateAsync(translator);
        server.Refuses(403, $"Invalid API key {ApiKey}");
        await TranslateAsync(translator);
        server.Answers("application/json", $$"""{"text": "{{Text}}", "api_key": "{{ApiKey}}"}""");
        await TranslateAsync(translator);
        server.Hangs();
        await TranslateAsync(translator).WaitAsync(TimeSpan.FromSeconds(10));
        await TranslateAsync(translator);

        var lines = logs.Lines.ToList();
        Assert.Contains(lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("127.0.0.1", StringComparison.Ordinal) && l.Contains("403", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("timed out", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("paused", StringComparison.Ordinal));
        // The client logs no request of its own: an address is all it would log, but none of another service's is logged either.
        Assert.DoesNotContain(lines, l => l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.All(lines, l =>
        {
            Assert.DoesNotContain(ApiKey, l, StringComparison.Ordinal);
            Assert.DoesNotContain(Text, l, StringComparison.Ordinal);
            Assert.DoesNotContain(translation, l, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TheService_IsNamedByItsHost()
    {
        var translator = TranslatorAt("http://libretranslate:5000");

        Assert.IsType<LibreTranslateTranslator>(translator);
        Assert.True(translator.IsOn);
        Assert.Equal("LibreTranslate, libretranslate", translator.ServiceName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task WithoutAnAddress_TranslationIsOff(string? url)
    {
        var translator = TranslatorAt(url);

        var result = await translator.TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None);

        Assert.IsType<OffTranslator>(translator);
        Assert.False(translator.IsOn);
        Assert.Null(translator.ServiceName);
        Assert.Equal(TranslationResult.Not(TranslationStatus.Off), result);
    }

    [Theory]
    [InlineData("--Translation:Url=libretranslate:5000", "Translation:Url", "is not an http(s) address")]
    [InlineData("--Translation:Url=ftp://libretranslate", "Translation:Url", "is not an http(s) address")]
    [InlineData("--Translation:Url=/translate", "Translation:Url", "is not an http(s) address")]
    [InlineData("--Translation:Url=not an address", "Translation:Url", "is not an http(s) address")]
    [InlineData("--Translation:TimeoutSeconds=0", "Translation:TimeoutSeconds", "must be between 1 and 120")]
    [InlineData("--Translation:FailuresToPause=0", "Translation:FailuresToPause", "must be between 1 and 1000")]
    [InlineData("--Translation:PauseSeconds=-60", "Translation:PauseSeconds", "must be between 1 and 86400")]
    public void AMalformedSetting_IsRefused_NamingTheKey(string setting, string key, string problem)
    {
        var options = Host(url: null, [setting]).Services.GetRequiredService<IOptions<TranslationOptions>>();

        var refusal = Assert.Throws<OptionsValidationException>(() => options.Value);

        var failure = Assert.Single(refusal.Failures);
        Assert.Contains(key, failure, StringComparison.Ordinal);
        Assert.Contains(problem, failure, StringComparison.Ordinal);
    }

    private static Task<TranslationResult> TranslateAsync(ITranslator translator) =>
        translator.TranslateAsync(Text, Language.Lv, Language.En, CancellationToken.None);

    private static async Task FailThreeTimesAsync(ITranslator translator)
    {
        foreach (var _ in Enumerable.Range(0, 3))
        {
            Assert.Equal(TranslationStatus.Failed, (await TranslateAsync(translator)).Status);
        }

        Assert.Equal(TranslationStatus.Unavailable, (await TranslateAsync(translator)).Status);
    }

    private ITranslator Translator(params string[] settings) => TranslatorAt(server.BaseUrl, settings);

    private ITranslator TranslatorAt(string? url, params string[] settings) => Host(url, settings).Services.GetRequiredService<ITranslator>();

    /// <summary>The host's translation as AddTranslation registers it, with these settings only, the fake clock and the captured logs.</summary>
    private WebApplication Host(string? url, string[] settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddCommandLine(url is null ? settings : [$"--Translation:Url={url}", .. settings]);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddTranslation();
        var host = builder.Build();
        hosts.Add(host);
        return host;
    }
}
