using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The compose deployment without a container engine: the committed deploy/nginx.conf in Debian's nginx, in front
/// of two instances of the bot on one PostgreSQL database, in Telegram webhook mode with Messenger chat on, and
/// everything a city reaches through the proxy: both webhooks, the dashboard (sign-in, cookies, a 4 MB photo and
/// the address Telegram fetches it from) and the health endpoints.
/// </summary>
public sealed partial class ComposeProxyTests(ComposeProxyTests.Deployment deployment) : IClassFixture<ComposeProxyTests.Deployment>
{
    private const string PublicHost = "bot.daugavpils.example";

    [Fact]
    public async Task ATelegramUpdate_ThroughTheProxy_IsHandled_WithTheSecret_AndRefusedWithoutIt()
    {
        var update = TelegramWebhookTests.Update(8101, "/start", updateId: 81_001).ToJsonString();

        using (var refused = await deployment.PostTelegramAsync(update, secret: null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using (var taken = await deployment.PostTelegramAsync(update, TestSecrets.WebhookSecret))
        {
            Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        }

        var prompt = await deployment.Api.WaitForCallAsync(c => c.ChatId == "8101" && c.Method == "sendMessage");
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], prompt.Payloads);
    }

    [Fact]
    public async Task ASignedMessengerMessage_ThroughTheProxy_IsHandled_AndAnUnsignedOneRefused()
    {
        var webhook = $"{deployment.Proxy.BaseUrl}/webhooks/messenger";
        var body = MessengerUser.Body(new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = "psid-proxy" },
            ["recipient"] = new JsonObject { ["id"] = MessengerUser.PageId },
            ["timestamp"] = 1,
            ["postback"] = new JsonObject { ["payload"] = "/start", ["mid"] = "m_proxy_1" },
        }).ToJsonString();
        using (var unsigned = await MessengerUser.PostRawAsync(webhook, body, signature: null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        }

        var person = new MessengerUser(deployment.Graph, webhook, "psid-proxy");
        await person.Says("/start");

        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], (await person.NextAsync()).Payloads);
    }

    [Fact]
    public async Task ACoordinator_SignsInThroughTheProxy_WithASecureStrictCookie_AndAFourMegabytePhoto_IsServedBackThroughIt()
    {
        var coordinator = new TelegramUser(deployment.Api, 777, languageCode: "lv");
        await deployment.OnboardAsync(coordinator, "lv");
        await deployment.SayAsync(coordinator.Says("/dashboard"));
        var link = Link().Match((await coordinator.NextAsync(c => (c.Text ?? "").StartsWith("🖥", StringComparison.Ordinal))).Text!).Value;
        Assert.StartsWith($"https://{PublicHost}/dashboard/signin?token=", link, StringComparison.Ordinal);

        var browser = new Cookies();
        var confirm = await deployment.SendAsync(HttpMethod.Get, new Uri(link).PathAndQuery, browser);
        Assert.True(confirm.Status == HttpStatusCode.OK, string.Join("\n", deployment.LoggedProblems()));
        var signedIn = await deployment.SendAsync(HttpMethod.Post, "/dashboard/signin", browser, new FormUrlEncodedContent(
        [
            FormToken(confirm.Body),
            new("token", WebUtility.HtmlDecode(TokenField().Match(confirm.Body).Groups["value"].Value)),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        var session = Assert.Single(signedIn.SetCookies, c => c.StartsWith("genycity-dashboard=", StringComparison.Ordinal));
        var attributes = session.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("secure", attributes);

        var home = await deployment.SendAsync(HttpMethod.Get, "/dashboard", browser);
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Koordinatoru vadības panelis", home.Body, StringComparison.Ordinal);

        // A PNG of 4 MB, as a phone takes it; the Announce page keeps it and previews it from /dashboard/media/….
        var photo = TestImages.PngOfSize(4 * 1024 * 1024);
        var key = Convert.ToHexStringLower(SHA256.HashData(photo))[..32];
        var form = await deployment.SendAsync(HttpMethod.Get, "/dashboard/announce", browser);
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(FormToken(form.Body).Value), FormToken(form.Body).Key },
            { new StringContent("Talka sestdien"), "text" },
            { new StringContent("all"), "audience" },
        };
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        upload.Add(file, "photo", "talka.png");
        var preview = await deployment.SendAsync(HttpMethod.Post, "/dashboard/announce?handler=Preview", browser, upload);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains($"<input type=\"hidden\" name=\"photoKey\" value=\"{key}\"", preview.Body, StringComparison.Ordinal);

        // Fetched as Telegram fetches it: by address, with no cookie.
        using var media = await deployment.Http.GetAsync(new Uri($"/dashboard/media/{key}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal("image/png", media.Content.Headers.ContentType?.MediaType);
        var served = await media.Content.ReadAsByteArrayAsync();
        Assert.True(photo.AsSpan().SequenceEqual(served), "the photo came back changed");
    }

    [Fact]
    public async Task Health_ThroughTheProxy_GivesTheStatusOnly_TheDetailWithTheToken_FromBothInstances()
    {
        foreach (var path in new[] { "/health/live", "/health/ready", "/health" })
        {
            using var response = await deployment.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("""{"status":"Healthy"}""", await response.Content.ReadAsStringAsync());
        }

        var instances = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.HealthToken);
            using var response = await deployment.Http.SendAsync(request);
            var detail = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("Postgres", detail["provider"]!.GetValue<string>());
            instances.Add(detail["instance"]!.GetValue<string>());
        }

        Assert.Equal(2, instances.Count);
        // What each instance was told about the caller: the public host, and the caller's address and scheme.
        Assert.All(new[] { deployment.SeenByFirst, deployment.SeenBySecond }, seen => Assert.Contains(seen, r =>
            r.Path == "/health/ready" && r.Host == PublicHost && r.ForwardedFor == "127.0.0.1" && r.ForwardedProto == "http"));

        // Behind the TLS proxy in front, the scheme it says the browser used goes on as it is.
        using (var fromTls = new HttpRequestMessage(HttpMethod.Get, "/health/live"))
        {
            fromTls.Headers.Add("X-Forwarded-Proto", "https");
            using var response = await deployment.Http.SendAsync(fromTls);
        }

        Assert.Contains(deployment.SeenByFirst.Concat(deployment.SeenBySecond), r => r.Path == "/health/live" && r.ForwardedProto == "https");

        // Asked a hundred times at once, the probe that writes to the database is limited: the rest are refused.
        var burst = await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
        {
            using var response = await deployment.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.StatusCode;
        }));
        Assert.Contains(HttpStatusCode.ServiceUnavailable, burst);
        Assert.Contains(HttpStatusCode.OK, burst);
    }

    /// <summary>The page's anti-forgery field, as its forms post it.</summary>
    private static KeyValuePair<string, string> FormToken(string page)
    {
        var field = AntiforgeryField().Match(page);
        Assert.True(field.Success, "the page has no anti-forgery field");
        return new(field.Groups["name"].Value, WebUtility.HtmlDecode(field.Groups["value"].Value));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex("<input type=\"hidden\" name=\"token\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<input (?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>__RequestVerificationToken)\")(?=[^>]*value=\"(?<value>[^\"]+)\")")]
    private static partial Regex AntiforgeryField();

    /// <summary>A request as an instance received it from the proxy.</summary>
    public sealed record Received(string Path, string Host, string? ForwardedFor, string? ForwardedProto);

    /// <summary>
    /// The cookies a browser keeps, sent back by hand: they are Secure (the public address is https) and the test
    /// talks http to nginx, where a cookie container would rightly keep them back.
    /// </summary>
    public sealed class Cookies
    {
        private readonly Dictionary<string, string> values = [];

        public void Keep(IEnumerable<string> setCookies)
        {
            foreach (var cookie in setCookies)
            {
                var pair = cookie.Split(';', 2)[0].Split('=', 2);
                values[pair[0]] = pair[1];
            }
        }

        public string Header => string.Join("; ", values.Select(v => $"{v.Key}={v.Value}"));
    }

    /// <summary>Two instances on one PostgreSQL database and nginx in front, for the whole class: three processes' worth of start-up.</summary>
    public sealed class Deployment : IAsyncLifetime
    {
        private TestDatabase database = null!;
        private RunningBot first = null!;
        private RunningBot second = null!;

        public FakeBotApi Api { get; private set; } = null!;

        public FakeGraphApi Graph { get; private set; } = null!;

        public NginxProxy Proxy { get; private set; } = null!;

        /// <summary>A client of the proxy that sends the public host name, follows no redirect and keeps no cookie.</summary>
        public HttpClient Http { get; private set; } = null!;

        public ConcurrentQueue<Received> SeenByFirst { get; } = new();

        public ConcurrentQueue<Received> SeenBySecond { get; } = new();

        public async Task InitializeAsync()
        {
            database = await TestDatabase.PostgresAsync();
            Api = await FakeBotApi.StartAsync();
            Api.Intercept = call => call.Method == "setWebhook" ? FakeBotApi.Ok(true) : null;
            Graph = await FakeGraphApi.StartAsync();
            first = await StartInstanceAsync(SeenByFirst);
            second = await StartInstanceAsync(SeenBySecond);
            Proxy = await NginxProxy.StartAsync(new Uri(first.BaseUrl).Authority, new Uri(second.BaseUrl).Authority);
            Http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(Proxy.BaseUrl) };
            Http.DefaultRequestHeaders.Host = PublicHost;
        }

        public async Task DisposeAsync()
        {
            Http?.Dispose();
            if (Proxy is not null)
            {
                await Proxy.DisposeAsync();
            }

            foreach (var bot in new[] { second, first }.Where(b => b is not null))
            {
                await bot.DisposeAsync();
            }

            foreach (var fake in new IAsyncDisposable?[] { Graph, Api })
            {
                if (fake is not null)
                {
                    await fake.DisposeAsync();
                }
            }

            database?.Dispose();
        }

        public IEnumerable<string> LoggedProblems() => first.Logs.Lines.Concat(second.Logs.Lines).Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal) || l.StartsWith("Warning", StringComparison.Ordinal));

        public Task<HttpResponseMessage> PostTelegramAsync(string update, string? secret)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram") { Content = new StringContent(update, Encoding.UTF8, "application/json") };
            if (secret is not null)
            {
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            }

            return Http.SendAsync(request);
        }

        /// <summary>Posts what the person just sent (an update the fake Bot API numbered) to the webhook, as Telegram does.</summary>
        public async Task SayAsync(JsonObject update)
        {
            using var response = await PostTelegramAsync(update.ToJsonString(), TestSecrets.WebhookSecret);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        /// <summary>/start, a language, Accept, each through the proxy's webhook.</summary>
        public async Task OnboardAsync(TelegramUser person, string language)
        {
            await SayAsync(person.Says("/start"));
            await person.NextAsync();
            await SayAsync(person.Presses($"{LanguageButtons.Prefix}:{language}"));
            await person.NextAsync(c => c.Payloads.Contains(ConsentButtons.AcceptPayload));
            await SayAsync(person.Presses(ConsentButtons.AcceptPayload));
            await person.NextAsync(c => c.Payloads.Contains("/idea"));
        }

        /// <summary>A browser's request through the proxy: its cookies sent, the ones set kept.</summary>
        public async Task<(HttpStatusCode Status, string Body, IReadOnlyList<string> SetCookies)> SendAsync(
            HttpMethod method, string pathAndQuery, Cookies cookies, HttpContent? content = null)
        {
            using var request = new HttpRequestMessage(method, pathAndQuery) { Content = content };
            if (cookies.Header is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }

            using var response = await Http.SendAsync(request);
            var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
            cookies.Keep(setCookies);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(), setCookies);
        }

        private Task<RunningBot> StartInstanceAsync(ConcurrentQueue<Received> seen) => RunningBot.StartTelegramAsync(
            Api,
            database,
            services => services.AddSingleton<IStartupFilter>(new RecordForwarding(seen)),
            [
                "--Telegram:Mode=Webhook",
                $"--Telegram:WebhookUrl=https://{PublicHost}/webhooks/telegram",
                $"--Telegram:WebhookSecret={TestSecrets.WebhookSecret}",
                "--Bot:Coordinators:0=telegram:777",
                $"--Dashboard:PublicUrl=https://{PublicHost}",
                $"--Health:Token={TestSecrets.HealthToken}",
                .. RunningBot.MessengerSettings(Graph),
            ]);
    }

    /// <summary>Notes what the proxy told the instance about each request, before the bot's own pipeline.</summary>
    private sealed class RecordForwarding(ConcurrentQueue<Received> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                var headers = context.Request.Headers;
                seen.Enqueue(new Received(context.Request.Path, context.Request.Host.Value ?? string.Empty, headers["X-Forwarded-For"].FirstOrDefault(), headers["X-Forwarded-Proto"].FirstOrDefault()));
                await proceed(context);
            });
            next(app);
        };
    }
}
