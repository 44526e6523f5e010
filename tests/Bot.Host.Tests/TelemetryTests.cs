using System.Diagnostics;
using System.Diagnostics.Metrics;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Jobs;
using GenYCity.Bot.Host.Telemetry;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Telemetry as a city's IT meets it: off unless OTEL_EXPORTER_OTLP_ENDPOINT is set; set, an update's trace runs
/// from the poll that fetched it through its unit of work and the outbox to the send, the bot's metrics count what
/// happened, and both reach an OTLP collector (a fake on 127.0.0.1) without a secret in them. The spans are read
/// with OpenTelemetry's in-memory exporter, the bot's measurements from its own meter. The tracer listens to the bot's
/// spans in the whole process, so these suites run alone (<see cref="TelemetryCollection"/>).
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests : FakeApiTests
{
    protected override bool UsesGraph => true;

    [Fact]
    public async Task AnUpdatesTrace_RunsFromThePoll_ThroughItsUnitOfWork_AndTheOutbox_ToItsSend()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        var spans = new LockedCollection<Activity>();
        await using var bot = await StartWithTelemetryAsync(collector, spans);
        var user = new TelegramUser(Api, 7301, "lv");

        user.Says("/start");
        await user.NextAsync();
        await bot.OutboxDrainedAsync();

        // The trace the outbox row carries is the one its send continues.
        var row = await bot.InScopeAsync(db => db.Deliveries.AsNoTracking().OrderBy(d => d.Id).FirstAsync(d => d.ChatId == user.ChatId));
        Assert.True(ActivityContext.TryParse(row.TraceParent, null, out var written), $"The outbox row carries no trace: '{row.TraceParent}'");
        // A span is exported when it ends: the poll's ends after the commit, the send's after the platform answered.
        await Eventually.WaitUntilAsync(
            () => Chain(spans.Snapshot(), written.SpanId, 3) is not null && spans.Snapshot().Any(s => s.OperationName == "bot.send" && s.ParentSpanId == written.SpanId),
            "the send's span, continuing the trace of the update that wrote the message, and the spans above the update");
        var all = spans.Snapshot();
        var send = all.Single(s => s.OperationName == "bot.send" && s.ParentSpanId == written.SpanId);
        var update = all.Single(s => s.SpanId == written.SpanId);
        var unit = all.Single(s => s.SpanId == update.ParentSpanId);
        var receive = all.Single(s => s.SpanId == unit.ParentSpanId);
        Assert.Equal(("telegram.receive", "bot.unit_of_work", "bot.update"), (receive.OperationName, unit.OperationName, update.OperationName));
        Assert.All(new[] { send, update, unit, receive }, s => Assert.Equal(written.TraceId, s.TraceId));
        Assert.Equal(("telegram", "handled"), (update.GetTagItem("bot.channel"), update.GetTagItem("bot.outcome")));
        Assert.Equal(("telegram", "reply", "sent", row.Id), (send.GetTagItem("bot.channel"), send.GetTagItem("bot.lane"), send.GetTagItem("bot.send.result"), send.GetTagItem("bot.delivery.id")));
        Assert.Equal(ActivityKind.Consumer, receive.Kind);
        Assert.Equal(ActivityKind.Producer, send.Kind);
    }

    [Fact]
    public async Task AWebhookUpdatesUnitOfWork_IsLinkedToTheRequestThatBroughtIt()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        var spans = new LockedCollection<Activity>();
        await using var bot = await StartWithTelemetryAsync(collector, spans, MessengerChat);
        var user = new MessengerUser(Graph, $"{bot.BaseUrl}/webhooks/messenger", "psid-7304");

        (await user.Says("Sveiki")).EnsureSuccessStatusCode();
        await user.NextAsync();
        await bot.OutboxDrainedAsync();

        var row = await bot.InScopeAsync(db => db.Deliveries.AsNoTracking().OrderBy(d => d.Id).FirstAsync(d => d.ChatId == user.Psid));
        Assert.True(ActivityContext.TryParse(row.TraceParent, null, out var written), $"The outbox row carries no trace: '{row.TraceParent}'");
        await Eventually.WaitUntilAsync(
            () => Chain(spans.Snapshot(), written.SpanId, 2) is { } chain
                && spans.Snapshot().Any(s => s.Kind == ActivityKind.Server && chain[1].Links.Any(l => l.Context.SpanId == s.SpanId))
                && spans.Snapshot().Any(s => s.OperationName == "bot.send" && s.ParentSpanId == written.SpanId),
            "the send's span, continuing the trace of the webhook's update, its unit of work and the request linked to it");
        var all = spans.Snapshot();
        var update = all.Single(s => s.SpanId == written.SpanId);
        var unit = all.Single(s => s.SpanId == update.ParentSpanId);
        Assert.Equal(("bot.update", "messenger", "bot.unit_of_work"), (update.OperationName, update.GetTagItem("bot.channel"), unit.OperationName));
        // The request the update came in: ASP.NET Core's span of the webhook's POST, which the unit of work links to.
        var request = all.Single(s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/webhooks/messenger" && unit.Links.Any(l => l.Context.SpanId == s.SpanId));
        Assert.Equal(("POST", 200), (request.GetTagItem("http.request.method"), request.GetTagItem("http.response.status_code")));
    }

    [Fact]
    public async Task TheBotsMetrics_CountUpdatesSendsAndJobs_AndShowTheOutboxAndTheLeases_AndAllReachTheCollector()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        var spans = new LockedCollection<Activity>();
        await using var bot = await StartWithTelemetryAsync(collector, spans);
        using var measured = new BotMeasurements(bot.Services.GetRequiredService<IMeterFactory>());
        var user = new TelegramUser(Api, 7302, "lv");

        user.Says("/start");
        await user.NextAsync();
        // The next answer meets a 429 first, and goes a second later.
        Api.Script(user.ChatId, FakeBotApi.TooManyRequestsError(retryAfter: 1));
        user.Says("/help");
        await user.NextAsync();
        await bot.OutboxDrainedAsync();
        // Counted once the unit of work's commit has returned, which may be just after its answer went.
        await Eventually.WaitUntilAsync(() => measured.Sum("genycity.updates") >= 2, "both updates counted");

        Assert.Equal(2, measured.Sum("genycity.updates", ("bot.channel", "telegram"), ("bot.outcome", "handled")));
        Assert.Equal(2, measured.All.Count(m => m.Instrument == "genycity.update.duration" && m.Has("bot.channel", "telegram")));
        var delivered = Api.Calls.Count(c => c.ChatId == user.ChatId && c.IsDelivered);
        Assert.Equal(delivered, measured.Sum("genycity.sends", ("bot.channel", "telegram"), ("bot.lane", "reply"), ("bot.send.result", "sent")));
        Assert.Equal(1, measured.Sum("genycity.sends", ("bot.channel", "telegram"), ("bot.send.result", "rate_limited")));

        // The gauges, as a collection reads them: this instance holds Telegram's sending and polling leases; a message
        // for a channel that is not running waits in the outbox.
        var leases = measured.Observe("genycity.lease.held");
        Assert.Contains(leases, m => m.Has("bot.lease", "Telegram") && m.Value == 1);
        Assert.Contains(leases, m => m.Has("bot.lease", "Telegram:polling") && m.Value == 1);
        // Every running channel's lanes, in both states, even at 0; a channel that is not running shows when messages wait for it.
        var drained = measured.Observe("genycity.outbox.depth");
        Assert.Equal(4, drained.Count(m => m.Has("bot.channel", "telegram") && m.Value == 0));
        Assert.DoesNotContain(drained, m => m.Value > 0);
        await bot.InScopeAsync(async db =>
        {
            db.Deliveries.Add(OutboxRow.Create(new OutboundMessage(new Recipient(ChannelKind.Messenger, "page-scoped-1"), "Sveiki"), DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        var depth = Assert.Single(measured.Observe("genycity.outbox.depth"), m => m.Value > 0);
        Assert.Equal((1d, true, true, true), (depth.Value, depth.Has("bot.channel", "messenger"), depth.Has("bot.lane", "reply"), depth.Has("bot.state", "pending")));
        Assert.Equal(["queued", "sent", "unreachable", "failed", "skipped"], measured.Observe("genycity.broadcast.messages").Select(m => m.Tags["bot.state"]));

        // The test's own listener hears the run end first; the bot's is told after it.
        await bot.TriggerJobAsync(RetentionJob.Key);
        await Eventually.WaitUntilAsync(
            () => measured.Sum("genycity.job.runs", ("bot.job", RetentionJob.Key.Name)) > 0 && spans.Snapshot().Any(s => s.OperationName == "bot.job"),
            "the retention job's run counted and its span ended");
        Assert.Equal(1, measured.Sum("genycity.job.runs", ("bot.job", RetentionJob.Key.Name), ("bot.outcome", "done")));
        Assert.Contains(spans.Snapshot(), s => s.OperationName == "bot.job" && (string?)s.GetTagItem("bot.job") == RetentionJob.Key.Name);

        // Exported over OTLP, as a collector takes it: the service's name, the spans, the bot's metrics, and no secret.
        Assert.True(bot.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000), "The spans could not be exported");
        Assert.True(bot.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000), "The metrics could not be exported");
        var traces = collector.Exports.Where(e => e.Path == "/v1/traces").ToList();
        var metrics = collector.Exports.Where(e => e.Path == "/v1/metrics").ToList();
        var instance = bot.Services.GetRequiredService<ChannelLeases>().Instance;
        Assert.Contains(traces, e => e.Holds(TelemetryRegistration.DefaultServiceName) && e.Holds(instance) && e.Holds("bot.update") && e.Holds("bot.send"));
        Assert.Contains(metrics, e => e.Holds("genycity.updates") && e.Holds("genycity.sends") && e.Holds("genycity.outbox.depth") && e.Holds("genycity.lease.held"));
        // The platform's own meters come along: the runtime's, HttpClient's.
        Assert.Contains(metrics, e => e.Holds("dotnet.gc.collections") && e.Holds("http.client.request.duration"));
        Assert.All(collector.Exports, e => Assert.Equal("application/x-protobuf", e.ContentType));
        var leaked = collector.Exports.Select(e => TestSecrets.FoundIn(e.Body)).FirstOrDefault(s => s is not null);
        Assert.True(leaked is null, $"A secret reached the collector: {leaked}");
    }

    [Fact]
    public async Task ASecretInASpan_IsCutOutBeforeAnyExporterSeesIt()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        var spans = new LockedCollection<Activity>();
        await using var bot = await StartWithTelemetryAsync(collector, spans);

        // Any span the bot's tracer records: here one of its own, as if an error's text had carried the token.
        using (var span = BotTelemetry.Source.StartActivity("bot.test"))
        {
            Assert.NotNull(span);
            span.SetTag("error.message", $"POST https://api.telegram.org/bot{FakeBotApi.Token}/sendMessage failed");
            span.SetStatus(ActivityStatusCode.Error, $"token {FakeBotApi.Token} refused");
        }

        Assert.True(bot.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000), "The spans could not be exported");
        var exported = Assert.Single(spans.Snapshot(), s => s.OperationName == "bot.test");
        Assert.DoesNotContain(FakeBotApi.Token, (string?)exported.GetTagItem("error.message"), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApi.Token, exported.StatusDescription, StringComparison.Ordinal);
        Assert.Contains(collector.Exports, e => e.Path == "/v1/traces" && e.Holds("bot.test"));
        Assert.DoesNotContain(collector.Exports, e => TestSecrets.FoundIn(e.Body) is not null);
    }

    [Theory]
    [InlineData("--OTEL_SERVICE_NAME=daugavpils-bot")]
    [InlineData("--OTEL_RESOURCE_ATTRIBUTES=deployment.environment=test,service.name=daugavpils-bot")]
    public async Task OpenTelemetrysVariables_NameTheService_OverTheBotsDefault(string setting)
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var bot = await StartWithTelemetryAsync(collector, new LockedCollection<Activity>(), [setting]);

        var resource = bot.Services.GetRequiredService<TracerProvider>().GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal("daugavpils-bot", resource["service.name"]);
        Assert.Equal(bot.Services.GetRequiredService<ChannelLeases>().Instance, resource["service.instance.id"]);
    }

    [Fact]
    public async Task WithoutAnEndpoint_NothingIsSetUp_AndNoRowCarriesATrace()
    {
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database);
        var user = new TelegramUser(Api, 7303, "lv");

        user.Says("/start");
        await user.NextAsync();

        Assert.Null(bot.Services.GetService<TracerProvider>());
        Assert.Null(bot.Services.GetService<MeterProvider>());
        Assert.Null(await bot.InScopeAsync(db => db.Deliveries.Where(d => d.ChatId == user.ChatId).Select(d => d.TraceParent).FirstAsync()));
    }

    /// <summary>The span and those above it, <paramref name="levels"/> in all, when each has ended; else null.</summary>
    private static List<Activity>? Chain(IReadOnlyList<Activity> spans, ActivitySpanId from, int levels)
    {
        var chain = new List<Activity>();
        for (var id = from; chain.Count < levels; id = chain[^1].ParentSpanId)
        {
            if (spans.FirstOrDefault(s => s.SpanId == id) is not { } span)
            {
                return null;
            }

            chain.Add(span);
        }

        return chain;
    }

    private Task<RunningBot> StartWithTelemetryAsync(FakeOtlpCollector collector, LockedCollection<Activity> spans, IEnumerable<string>? settings = null) =>
        RunningBot.StartTelegramAsync(
            Api,
            Database,
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)),
            [$"--{TelemetryRegistration.EndpointKey}={collector.BaseUrl}", "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf", .. settings ?? []]);
}

/// <summary>A list the in-memory exporter adds to on the bot's threads while a test reads it.</summary>
public sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> items = [];

    public int Count
    {
        get
        {
            lock (items)
            {
                return items.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public IReadOnlyList<T> Snapshot()
    {
        lock (items)
        {
            return [.. items];
        }
    }

    public void Add(T item)
    {
        lock (items)
        {
            items.Add(item);
        }
    }

    public void Clear()
    {
        lock (items)
        {
            items.Clear();
        }
    }

    public bool Contains(T item) => Snapshot().Contains(item);

    public void CopyTo(T[] array, int arrayIndex) => Snapshot().ToList().CopyTo(array, arrayIndex);

    public bool Remove(T item)
    {
        lock (items)
        {
            return items.Remove(item);
        }
    }

    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The telemetry suites: a tracer listens to the bot's spans in the whole process, so nothing runs beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
