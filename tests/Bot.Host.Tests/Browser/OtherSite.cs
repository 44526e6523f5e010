using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenYCity.Bot.Host.Tests.Browser;

/// <summary>
/// Another web site, on another origin (127.0.0.1, a port of its own): pages a test puts up, such as an attacker's
/// page whose form posts to the bot by itself when it is opened.
/// </summary>
public sealed class OtherSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> pages = new(StringComparer.Ordinal);
    private readonly WebApplication app;

    private OtherSite(WebApplication app) => this.app = app;

    public string BaseUrl => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public static async Task<OtherSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new OtherSite(app);
        app.MapGet("/{name}", (string name) => site.pages.TryGetValue(name, out var html)
            ? Results.Content(html, "text/html; charset=utf-8")
            : Results.NotFound());
        await app.StartAsync();
        return site;
    }

    /// <summary>Puts up a page; its address.</summary>
    public string Serve(string name, string html)
    {
        pages[name] = html;
        return $"{BaseUrl}/{name}";
    }

    /// <summary>
    /// A page with a form that posts itself, when opened, to an address elsewhere (the bot's), with the fields given:
    /// a cross-site request forgery, as a page a coordinator is lured to would make it.
    /// </summary>
    public string ServeAutoSubmittingForm(string name, string action, params (string Name, string Value)[] fields)
    {
        var inputs = string.Concat(fields.Select(f =>
            $"""<input type="hidden" name="{System.Net.WebUtility.HtmlEncode(f.Name)}" value="{System.Net.WebUtility.HtmlEncode(f.Value)}">"""));
        return Serve(name, $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Win a prize</title></head>
            <body onload="document.forms[0].submit()">
            <form method="post" action="{System.Net.WebUtility.HtmlEncode(action)}">{inputs}</form>
            </body></html>
            """);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
