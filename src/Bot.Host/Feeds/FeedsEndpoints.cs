using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Host.Channels.Messenger;
using GenYCity.Bot.Host.Channels.Telegram;
using GenYCity.Bot.Host.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// The public feeds for the city's website, read-only and with no personal data, on when Feeds:Enabled: the upcoming
/// events as a calendar (/feeds/events.ics), the published ideas and "you said, we did" as open data (/feeds/ideas.json
/// and .csv, /feeds/wedid.json and .csv, in the language of ?lang=) and the results page to show in a frame
/// (/feeds/results/{language}). Each is made at most once per Feeds:CacheSeconds while its data is unchanged (a cheap
/// stamp read on every request says so) and may be kept as long by anyone (Cache-Control, ETag, Last-Modified); GET
/// and HEAD only.
/// </summary>
public static class FeedsEndpoints
{
    private static readonly string[] Reads = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplicationBuilder AddFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<FeedsOptions>(FeedsOptions.SectionName);
        builder.Services.AddSingleton<FeedCache>();
        builder.Services.AddScoped<FeedStore>();
        return builder;
    }

    /// <summary>Maps the feeds when they are on; when off there is nothing at /feeds (404).</summary>
    public static WebApplication MapFeeds(this WebApplication app)
    {
        // Read here for the switch only; the section is checked at start with the rest (a bad value is one line then).
        if (app.Configuration.GetSection(FeedsOptions.SectionName).Get<FeedsOptions>() is not { Enabled: true })
        {
            return app;
        }

        var feeds = app.MapGroup("/feeds");
        Func<FeedStore, CancellationToken, Task<string>> events = (store, ct) => store.EventsStampAsync(ct);
        Func<FeedStore, CancellationToken, Task<string>> ideas = (store, ct) => store.IdeasStampAsync(ct);
        feeds.MapMethods("/events.ics", Reads, context =>
        {
            // Read here, not while the feed is made: that may outlive this request, which another may be waiting on.
            var duration = TimeSpan.FromMinutes(context.RequestServices.GetRequiredService<IOptions<EventsOptions>>().Value.DefaultDurationMinutes);
            return ServeAsync(context, "events", events, OpenFeed, async (c, store, ct) =>
                (EventsCalendar.Write(c, await store.CalendarEventsAsync(c.Now, duration, ct), duration), "text/calendar; charset=utf-8"));
        });
        feeds.MapMethods("/ideas.json", Reads, context => ServeAsync(context, "ideas.json", ideas, OpenFeed, async (c, store, ct) =>
            (OpenData.IdeasJson(c, await store.PublishedIdeasAsync(c.Options.IncludeDescriptions, ct)), "application/json; charset=utf-8")));
        feeds.MapMethods("/ideas.csv", Reads, context => ServeAsync(context, "ideas.csv", ideas, OpenFeed, async (c, store, ct) =>
            (OpenData.IdeasCsv(c, await store.PublishedIdeasAsync(c.Options.IncludeDescriptions, ct)), "text/csv; charset=utf-8; header=present")));
        feeds.MapMethods("/wedid.json", Reads, context => ServeAsync(context, "wedid.json", ideas, OpenFeed, async (c, store, ct) =>
            (OpenData.WeDidJson(c, await store.ResultsAsync(c.Now, ct)), "application/json; charset=utf-8")));
        feeds.MapMethods("/wedid.csv", Reads, context => ServeAsync(context, "wedid.csv", ideas, OpenFeed, async (c, store, ct) =>
            (OpenData.WeDidCsv(c, await store.ResultsAsync(c.Now, ct)), "text/csv; charset=utf-8; header=present")));
        feeds.MapMethods("/results", Reads, (BotOptions bot) => Results.Redirect($"results/{bot.FallbackLanguage.Code}"));
        feeds.MapMethods("/results/{language}", Reads, context => ServeAsync(context, "results", ideas, FramedPage, async (c, store, ct) =>
            (ResultsPage.Write(c, await store.ResultsAsync(c.Now, ct), c.Bot.Offered), "text/html; charset=utf-8")));
        return app;
    }

    /// <summary>Open data and the calendar: any site's script may read them, and the licence goes with them.</summary>
    private static void OpenFeed(IHeaderDictionary headers, FeedsOptions options)
    {
        headers.AccessControlAllowOrigin = "*";
        headers.Link = $"<{options.Licence.Url}>; rel=\"license\"";
    }

    /// <summary>The results page: shown in a frame by the sites Feeds:FrameAncestors names, loading nothing but its own style.</summary>
    private static void FramedPage(IHeaderDictionary headers, FeedsOptions options)
    {
        headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src {ResultsStyle.Source}; frame-ancestors {options.FrameAncestors}; base-uri 'none'; form-action 'none'";
        headers.Link = $"<{options.Licence.Url}>; rel=\"license\"";
    }

    private static async Task ServeAsync(
        HttpContext context,
        string feed,
        Func<FeedStore, CancellationToken, Task<string>> stamp,
        Action<IHeaderDictionary, FeedsOptions> headers,
        Func<FeedContext, FeedStore, CancellationToken, Task<(byte[] Body, string ContentType)>> make)
    {
        var services = context.RequestServices;
        var bot = services.GetRequiredService<BotOptions>();
        var options = services.GetRequiredService<IOptions<FeedsOptions>>().Value;
        var asked = context.Request.RouteValues.TryGetValue("language", out var inPath) ? inPath as string : context.Request.Query["lang"].ToString();
        Language language;
        if (string.IsNullOrEmpty(asked))
        {
            language = bot.FallbackLanguage;
        }
        else if (!Languages.TryParse(asked, out language) || asked != language.Code)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // Only the bot's name, which Telegram's start already learned: no call to Telegram from a public page.
        var identity = services.GetService<TelegramBotIdentity>();
        var messenger = services.GetRequiredService<IOptions<MessengerOptions>>().Value;
        var messengerPage = identity is null && messenger.ChatEnabled ? messenger.PageId : null;
        var uidDomain = Ics.UidDomain(services.GetRequiredService<DashboardOptions>().PublicUrl);
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var time = services.GetRequiredService<EventTime>();
        // Read on every request, and cheap: a change on any instance is seen here at once.
        var current = await stamp(services.GetRequiredService<FeedStore>(), context.RequestAborted);
        var made = await services.GetRequiredService<FeedCache>().GetAsync($"{feed}/{language.Code}", current, options.CacheFor, async now =>
        {
            // Made in a scope of its own and to the end: the requests waiting for it do not depend on the first one staying.
            await using var scope = scopes.CreateAsyncScope();
            var c = new FeedContext(language, bot, options, time, now, identity?.Username, messengerPage, uidDomain);
            var (body, type) = await make(c, scope.ServiceProvider.GetRequiredService<FeedStore>(), CancellationToken.None);
            var extra = new HeaderDictionary();
            headers(extra, options);
            return new Feed(body, type, now, extra.ToDictionary(h => h.Key, h => h.Value.ToString()), Complete: identity is null || identity.Username is not null);
        }, context.RequestAborted);

        var response = context.Response;
        foreach (var (name, value) in made.Headers)
        {
            response.Headers[name] = value;
        }

        response.Headers.XContentTypeOptions = "nosniff";
        var age = services.GetRequiredService<TimeProvider>().GetUtcNow() - made.MadeAt;
        var left = made.Complete ? Math.Max(0, (int)(options.CacheFor - age).TotalSeconds) : 0;
        response.Headers.CacheControl = made.Complete ? $"public, max-age={left.ToString(CultureInfo.InvariantCulture)}" : "no-cache";
        response.Headers.ETag = made.ETag;
        response.Headers.LastModified = made.MadeAt.ToString("R", CultureInfo.InvariantCulture);
        if (NotModified(context.Request, made))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = made.ContentType;
        response.ContentLength = made.Body.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await response.Body.WriteAsync(made.Body, context.RequestAborted);
        }
    }

    /// <summary>The reader has this very feed (If-None-Match), or, asking by date only, one made no earlier (If-Modified-Since).</summary>
    private static bool NotModified(HttpRequest request, Feed made)
    {
        var typed = request.GetTypedHeaders();
        if (typed.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(made.ETag), useStrongComparison: false));
        }

        return typed.IfModifiedSince is { } since && since >= made.MadeAt.AddTicks(-(made.MadeAt.Ticks % TimeSpan.TicksPerSecond));
    }
}
