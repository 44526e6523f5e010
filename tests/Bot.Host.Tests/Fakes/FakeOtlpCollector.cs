using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>One export the bot posted: where, as what, and its body (OTLP's protobuf, whose strings are plain UTF-8).</summary>
public sealed record OtlpExport(string Path, string? ContentType, byte[] Body)
{
    public bool Holds(string text) => Body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}

/// <summary>
/// An OpenTelemetry collector on 127.0.0.1 for tests, speaking OTLP over HTTP (http/protobuf): it takes every export
/// (/v1/traces, /v1/metrics, /v1/logs), answers 200 with an empty response, and keeps what came.
/// </summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<OtlpExport> exports = new();

    private FakeOtlpCollector(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyCollection<OtlpExport> Exports => exports;

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var collector = new FakeOtlpCollector(app);
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            collector.exports.Enqueue(new OtlpExport(context.Request.Path, context.Request.ContentType, body.ToArray()));
            // An empty Export*ServiceResponse: a full success.
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        collector.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return collector;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
