using System.Security.Claims;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// The bot with its dashboard, over real HTTP on 127.0.0.1, against the fake Bot API, on a fake clock: one
/// coordinator (telegram:777, onboarded in Latvian) who asks for sign-in links with /dashboard. The links name
/// <see cref="PublicUrl"/>, as they would name the public address behind a proxy; <see cref="Url"/> turns a
/// link's path into the bot's own address.
/// </summary>
public sealed partial class DashboardSite : IAsyncDisposable
{
    /// <summary>
    /// A loopback address, the one kind of http address the bot takes (to try the dashboard locally): an https one
    /// would make the cookies Secure, which a client does not send back over the tests' plain http.
    /// </summary>
    public const string PublicUrl = "http://localhost:5080";

    public const string CookieName = "genycity-dashboard";

    /// <summary>A cookie value the bot never made (not protected with its keys).</summary>
    public const string ForgedCookieValue = "CfDJ8forged";

    private readonly TestDatabase database;

    private DashboardSite(FakeTimeProvider clock, TestDatabase database, FakeBotApi api, RunningBot bot, TelegramUser coordinator)
    {
        Clock = clock;
        this.database = database;
        Api = api;
        Bot = bot;
        Coordinator = coordinator;
    }

    public FakeTimeProvider Clock { get; }

    public FakeBotApi Api { get; }

    public RunningBot Bot { get; }

    public TelegramUser Coordinator { get; }

    /// <summary>The bot's own address, http://127.0.0.1:port.</summary>
    public string BaseUrl => Bot.BaseUrl;

    /// <summary>What the pages shown before anyone is known (the sign-in page, refusals) say, in the city's language.</summary>
    public DashboardTexts FallbackTexts => DashboardTexts.For(Bot.Services.GetRequiredService<BotOptions>().FallbackLanguage);

    /// <summary>What the dashboard's own pages say to the coordinator, in their language (Latvian).</summary>
    public DashboardTexts CoordinatorTexts { get; } = DashboardTexts.For(Language.Lv);

    /// <summary>The site, with <paramref name="settings"/> given to the bot besides its own (a translation service, say).</summary>
    public static async Task<DashboardSite> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, params string[] settings)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var database = await TestDatabase.OfAsync(provider);
        var api = await FakeBotApi.StartAsync();
        var bot = await StartBotAsync(api, database, clock, settings);
        var coordinator = await new TelegramUser(api, 777, languageCode: "lv").OnboardAsync("lv");
        return new DashboardSite(clock, database, api, bot, coordinator);
    }

    /// <summary>A second instance of the bot on the same database (as behind a load balancer), on its own address.</summary>
    public Task<RunningBot> StartAnotherInstanceAsync() => StartBotAsync(Api, database, Clock, []);

    private static Task<RunningBot> StartBotAsync(FakeBotApi api, TestDatabase database, FakeTimeProvider clock, string[] settings) => RunningBot.StartTelegramAsync(
        api, database, services => services.AddSingleton<TimeProvider>(clock), ["--Bot:Coordinators:0=telegram:777", $"--Dashboard:PublicUrl={PublicUrl}", .. settings]);

    /// <summary>The coordinator sends /dashboard; the path and query of the sign-in link the bot sends back.</summary>
    public async Task<string> LinkAsync()
    {
        Coordinator.Says("/dashboard");
        var message = await Coordinator.NextAsync(c => (c.Text ?? "").StartsWith("🖥", StringComparison.Ordinal));
        var url = Link().Match(message.Text!).Value;
        Assert.StartsWith($"{PublicUrl}/dashboard/signin?token=", url, StringComparison.Ordinal);
        return new Uri(url).PathAndQuery;
    }

    /// <summary>A path on the bot's own address (http://127.0.0.1:port/…).</summary>
    public string Url(string pathAndQuery) => BaseUrl + pathAndQuery;

    /// <summary>A resident (no coordinator), onboarded in English.</summary>
    public Task<TelegramUser> ResidentAsync(long id = 1001) => new TelegramUser(Api, id, languageCode: "en").OnboardAsync("en");

    /// <summary>
    /// A session cookie value for someone, protected with the bot's own keys and with a session kept on the server,
    /// as if the bot had signed them in: what a forger who had the keys and the database, or an old session of
    /// someone no longer a coordinator, would present.
    /// </summary>
    public async Task<string> GenuineCookieValueForAsync(TelegramUser user)
    {
        var externalId = user.ChatId;
        var memberId = await Bot.InScopeAsync(db => db.Members.Where(m => m.ExternalId == externalId).Select(m => m.Id).SingleAsync());
        var scheme = CookieAuthenticationDefaults.AuthenticationScheme;
        var options = Bot.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme);
        var (session, token) = DashboardSession.Start(memberId, Clock.GetUtcNow(), options.ExpireTimeSpan);
        await Bot.InScopeAsync(db =>
        {
            db.DashboardSessions.Add(session);
            return db.SaveChangesAsync();
        });
        var identity = new ClaimsIdentity(
            [new Claim(DashboardEndpoints.ClaimMember, memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(DashboardEndpoints.ClaimSession, token)],
            scheme);
        var now = Clock.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.ExpireTimeSpan };
        return options.TicketDataFormat.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, scheme));
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
        database.Dispose();
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
