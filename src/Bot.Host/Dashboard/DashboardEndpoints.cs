using System.Security.Claims;
using System.Text.Encodings.Web;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// The coordinators' dashboard, signed into with the one-time links /dashboard sends: the link is redeemed
/// once, within its minutes, for an HttpOnly, SameSite=Strict cookie (Secure behind https) that expires; every
/// page checks that the person is a coordinator now; forms carry anti-forgery tokens. No passwords anywhere.
/// </summary>
public static class DashboardEndpoints
{
    public const string ClaimMember = "genycity:member";

    /// <summary>The session's token, whose hash names its row in DashboardSessions.</summary>
    public const string ClaimSession = "genycity:session";

    /// <summary>HTML-encodes markup characters, but leaves Latvian and Cyrillic letters as they are.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DashboardOptions.SectionName).Get<DashboardOptions>() ?? new DashboardOptions();
        var lifetime = options.SessionLifetime;
        // Behind a proxy that ends TLS the requests arrive as http; an https public address makes the cookies Secure all the same.
        var secure = options.PublicUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "genycity-dashboard";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = secure;
            cookie.ExpireTimeSpan = lifetime;
            cookie.SlidingExpiration = false;
            // A page asked for without a session says how to get one, rather than redirecting to a login form.
            cookie.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorization();
        // The keys that protect the cookies and the anti-forgery tokens live in the database, so every instance
        // of the bot reads a session another made, and a restart does not sign everyone out.
        builder.Services.AddDataProtection().SetApplicationName("GenYCity.Bot").PersistKeysToDbContext<BotDbContext>();
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "genycity-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = secure;
        });
        builder.Services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Dashboard/Pages";
            pages.Conventions.ConfigureFilter(new CoordinatorsOnly());
        })
        // The pages are found in this assembly, also when the host is built by another (the tests).
        .AddApplicationPart(typeof(DashboardPage).Assembly);
        // What an action said, carried over the redirect after a form, in a cookie as strict as the session's.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(tempData =>
        {
            tempData.Cookie.Name = "genycity-said";
            tempData.Cookie.SameSite = SameSiteMode.Strict;
            tempData.Cookie.SecurePolicy = secure;
        });
        // Pages in Latvian and Russian keep their letters; only markup characters are encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddScoped<IDashboardLinks, DashboardLinks>();
        builder.Services.AddScoped<DashboardChat>();
        builder.Services.AddScoped<UploadedPhotos>();
        builder.Services.AddScoped<DashboardFigures>();
        builder.Services.AddScoped<IPersonalDataPart, DashboardPersonalData>();
        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        var publicUrl = app.Configuration.GetSection(DashboardOptions.SectionName).Get<DashboardOptions>()?.PublicUrl ?? string.Empty;
        var behindHttps = publicUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/dashboard"), dashboard => dashboard.Use(async (context, next) =>
        {
            // Behind a proxy that ends TLS the requests arrive as http; an https public address says what the browser
            // used. Taken as https, or the anti-forgery system refuses to set its Secure cookie on an http request.
            if (behindHttps)
            {
                context.Request.Scheme = Uri.UriSchemeHttps;
            }

            // No other site may frame the dashboard, and its pages load nothing but its own stylesheet, script and photos.
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // What the anti-forgery system sets on every page with a form: set as it wants it, it has nothing to override and warn about.
            headers.CacheControl = "no-cache, no-store";
            await next(context);
        }));
        app.UseAuthentication();
        app.MapGet("/dashboard/signin", ConfirmSignIn);
        app.MapPost("/dashboard/signin", SignInAsync);
        app.MapPost("/dashboard/signout", SignOutAsync);
        app.MapGet("/dashboard/media/{key}", DashboardMedia.ServeAsync);
        app.MapGet("/dashboard/dashboard.css", () => Results.Text(DashboardStyle.Css, "text/css; charset=utf-8"));
        app.MapGet("/dashboard/dashboard.js", () => Results.Text(DashboardScript.Js, "text/javascript; charset=utf-8"));
        app.MapGet("/dashboard/icon.svg", Icon);
        app.MapGet("/favicon.ico", Icon);
        app.MapRazorPages();
        return app;
    }

    private static IResult Icon(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Text(DashboardIcon.Svg, DashboardIcon.ContentType);
    }

    /// <summary>
    /// Following the link only shows a Sign in button: a link preview or a mail scanner that fetches the address
    /// does not use up the coordinator's link; the press (a POST with its anti-forgery token) does.
    /// </summary>
    private static IResult ConfirmSignIn(HttpContext context, string? token, IAntiforgery antiforgery, BotOptions bot)
    {
        var t = DashboardTexts.For(BrowserLanguage(context, bot));
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return Page(t, x => x.LinkRefused, StatusCodes.Status400BadRequest);
        }

        var body = $"""
            <h1>{Html.Encode(t.Title)}</h1>
            <form method="post" action="/dashboard/signin">
              {AntiforgeryField(antiforgery, context)}
              <input type="hidden" name="token" value="{Html.Encode(token)}">
              <button type="submit">{Html.Encode(t.SignIn)}</button>
            </form>
            """;
        return Results.Content(Document(t.Language, t.Title, body), "text/html; charset=utf-8");
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context, IAntiforgery antiforgery, UnitOfWork unitOfWork, TimeProvider clock, BotOptions bot, DashboardOptions dashboard)
    {
        if (!await IsOwnFormAsync(context, antiforgery))
        {
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        var token = (await context.Request.ReadFormAsync(context.RequestAborted))["token"].ToString();
        (Member? Member, string? Session) signedIn = default;
        if (!string.IsNullOrEmpty(token) && token.Length <= 64)
        {
            // The member and the session come back from the run that redeemed the link: of two presses at once, one.
            (_, signedIn) = await unitOfWork.RunAsync<(Member?, string?)>(async services =>
            {
                var db = services.GetRequiredService<BotDbContext>();
                var now = clock.GetUtcNow();
                if (await services.GetRequiredService<IDashboardLinks>().FindAsync(DashboardLink.Hash(token), context.RequestAborted) is not { } link
                    || !link.Redeem(now))
                {
                    return ((null, null), null);
                }

                if (await db.Members.FindAsync([link.MemberId], context.RequestAborted) is not { } member || !IsCoordinatorNow(member, bot))
                {
                    return ((null, null), []);
                }

                var (session, sessionToken) = DashboardSession.Start(member.Id, now, dashboard.SessionLifetime);
                db.DashboardSessions.Add(session);
                return ((member, sessionToken), []);
            }, context.RequestAborted);
        }

        if (signedIn is not ({ } member, { } sessionToken))
        {
            return Page(DashboardTexts.For(BrowserLanguage(context, bot)), t => t.LinkRefused, StatusCodes.Status400BadRequest);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimMember, member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimSession, sessionToken)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect("/dashboard");
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, UnitOfWork unitOfWork, TimeProvider clock, BotOptions bot)
    {
        if (!await IsOwnFormAsync(context, antiforgery))
        {
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        // The session ends on the server: a copy of the cookie kept from before signs no one in any more.
        if ((await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme)).Principal?.FindFirst(ClaimSession)?.Value is { } session)
        {
            var hash = DashboardLink.Hash(session);
            var now = clock.GetUtcNow();
            await unitOfWork.RunAsync(
                async services =>
                {
                    await services.GetRequiredService<BotDbContext>().DashboardSessions.Where(s => s.TokenHash == hash && s.EndedAt == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), context.RequestAborted);
                    return [];
                },
                context.RequestAborted);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Page(DashboardTexts.For(BrowserLanguage(context, bot)), t => t.SignedOut, StatusCodes.Status200OK);
    }

    /// <summary>
    /// The signed-in member, when their session holds on the server (not signed out, not expired) and they are a
    /// coordinator now; a session of someone who no longer is ends here.
    /// </summary>
    public static async Task<Member?> SignedInCoordinatorAsync(HttpContext context, BotDbContext db, BotOptions bot)
    {
        var result = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (result.Principal?.FindFirst(ClaimMember)?.Value is not { } value || !long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || result.Principal.FindFirst(ClaimSession)?.Value is not { Length: <= 64 } token)
        {
            return null;
        }

        var hash = DashboardLink.Hash(token);
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (await db.DashboardSessions.AsNoTracking().SingleOrDefaultAsync(s => s.TokenHash == hash, context.RequestAborted) is { } session && session.HoldsFor(id, now)
            && await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, context.RequestAborted) is { } member && IsCoordinatorNow(member, bot))
        {
            return member;
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return null;
    }

    /// <summary>Whether a posted form is the dashboard's own: it carries the anti-forgery token its page was given.</summary>
    private static async Task<bool> IsOwnFormAsync(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    /// <summary>The hidden field every form carries, with its token (the matching cookie is set with it).</summary>
    private static string AntiforgeryField(IAntiforgery antiforgery, HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"""<input type="hidden" name="{Html.Encode(tokens.FormFieldName)}" value="{Html.Encode(tokens.RequestToken ?? string.Empty)}">""";
    }

    /// <summary>
    /// The page's language before anyone is signed in: the first of the browser's languages (Accept-Language, by
    /// quality) that the city offers, else the city's default.
    /// </summary>
    public static Language BrowserLanguage(HttpContext context, BotOptions bot)
    {
        var asked = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Value.HasValue && (l.Quality ?? 1) > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => new Language(l.Value.Value!.Split('-')[0]));
        return asked.Where(bot.Offered.Contains).Select(l => (Language?)l).FirstOrDefault() ?? bot.FallbackLanguage;
    }

    /// <summary>What someone without a coordinator's session sees instead of a dashboard page: how to sign in, in their browser's language.</summary>
    public static Microsoft.AspNetCore.Mvc.IActionResult SignedOutPage(HttpContext context, BotOptions bot)
    {
        var t = DashboardTexts.For(BrowserLanguage(context, bot));
        return new Microsoft.AspNetCore.Mvc.ContentResult
        {
            Content = Document(t.Language, t.Title, $"<h1>{Html.Encode(t.Title)}</h1><p>{Html.Encode(t.NotSignedIn)}</p>"),
            ContentType = "text/html; charset=utf-8",
            StatusCode = StatusCodes.Status401Unauthorized,
        };
    }

    /// <summary>Whether the member is in Bot:Coordinators now (not as the stored role last said).</summary>
    internal static bool IsCoordinatorNow(Member member, BotOptions bot) =>
        new Coordinators(bot.Coordinators).Contains(member.Channel, member.ExternalId);

    private static IResult Page(DashboardTexts t, Func<DashboardTexts, string> text, int status) =>
        Results.Content(Document(t.Language, t.Title, $"<h1>{Html.Encode(t.Title)}</h1><p>{Html.Encode(text(t))}</p>"), "text/html; charset=utf-8", statusCode: status);

    private static string Document(Language language, string title, string body) => $"""
        <!doctype html>
        <html lang="{language.Code}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Html.Encode(title)}</title><link rel="icon" href="/dashboard/icon.svg" type="image/svg+xml"><link rel="stylesheet" href="/dashboard/dashboard.css"></head>
        <body>
        <main id="main">
        {body}
        </main>
        </body>
        </html>
        """;
}

internal sealed class DashboardLinkConfiguration : IEntityTypeConfiguration<DashboardLink>
{
    public void Configure(EntityTypeBuilder<DashboardLink> link)
    {
        link.HasKey(l => l.Id);
        link.Property(l => l.TokenHash).HasMaxLength(64);
        link.HasIndex(l => l.TokenHash).IsUnique();
        link.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DashboardLinks(BotDbContext db) : IDashboardLinks
{
    public void Add(DashboardLink link) => db.DashboardLinks.Add(link);

    public Task<DashboardLink?> FindAsync(string tokenHash, CancellationToken ct) => db.DashboardLinks.SingleOrDefaultAsync(l => l.TokenHash == tokenHash, ct);
}

/// <summary>
/// The sign-in links a coordinator asked for (when, and whether used) and their sessions (when started, until
/// when, when signed out); the tokens themselves are never kept. Erased with them.
/// </summary>
internal sealed class DashboardPersonalData(BotDbContext db) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(DashboardLink), typeof(DashboardSession)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct)
    {
        data.Add("dashboard_links", await db.DashboardLinks.AsNoTracking().Where(l => l.MemberId == member.Id).OrderBy(l => l.Id)
            .Select(l => new { l.CreatedAt, l.ExpiresAt, l.UsedAt }).ToListAsync(ct));
        data.Add("dashboard_sessions", await db.DashboardSessions.AsNoTracking().Where(s => s.MemberId == member.Id).OrderBy(s => s.Id)
            .Select(s => new { s.StartedAt, s.ExpiresAt, s.EndedAt }).ToListAsync(ct));
    }

    public async Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        await db.DashboardSessions.Where(s => s.MemberId == member.Id).ExecuteDeleteAsync(ct);
        await db.DashboardLinks.Where(l => l.MemberId == member.Id).ExecuteDeleteAsync(ct);
    }
}
