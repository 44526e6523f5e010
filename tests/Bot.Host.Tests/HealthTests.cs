using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// /health/live for anyone; /health/ready and /health with the status to anyone, and the checks, the database,
/// the instance and the leases only to a trusted network (by the TCP peer) or to a caller with Health:Token.
/// The tests call from 127.0.0.1, which is exactly what a proxy on the same machine looks like.
/// </summary>
public sealed class HealthTests : FakeApiTests
{
    private const string StatusOnly = """{"status":"Healthy"}""";

    [Fact]
    public async Task Live_AndReady_GiveTheStatusOnly_EvenToTheMachineItself_WhenNothingIsConfigured()
    {
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database);

        Assert.Equal((HttpStatusCode.OK, StatusOnly), await GetAsync(bot, "/health/live"));
        Assert.Equal((HttpStatusCode.OK, StatusOnly), await GetAsync(bot, "/health/ready"));
        Assert.Equal((HttpStatusCode.OK, StatusOnly), await GetAsync(bot, "/health"));
    }

    [Fact]
    public async Task TheToken_ShowsTheDetail_AWrongOneOrAnotherSchemeDoesNot()
    {
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database, null, $"--Health:Token={TestSecrets.HealthToken}");

        foreach (var path in new[] { "/health/ready", "/health" })
        {
            var (status, body) = await GetAsync(bot, path, new AuthenticationHeaderValue("Bearer", TestSecrets.HealthToken));
            Assert.Equal(HttpStatusCode.OK, status);
            AssertDetail(body);
        }

        Assert.Equal((HttpStatusCode.OK, StatusOnly), await GetAsync(bot, "/health/ready", new AuthenticationHeaderValue("Bearer", TestSecrets.HealthToken + "x")));
        Assert.Equal((HttpStatusCode.OK, StatusOnly), await GetAsync(bot, "/health/ready", new AuthenticationHeaderValue("Bearer", TestSecrets.HealthToken[..^1])));
        Assert.Equal((HttpStatusCode.OK, StatusOnly), await GetAsync(bot, "/health/ready", new AuthenticationHeaderValue("Basic", TestSecrets.HealthToken)));
        // Liveness has no detail to give, token or not.
        Assert.Equal((HttpStatusCode.OK, StatusOnly), await GetAsync(bot, "/health/live", new AuthenticationHeaderValue("Bearer", TestSecrets.HealthToken)));
    }

    [Fact]
    public async Task ATrustedNetwork_IsMatchedByTheTcpPeer_NeverByXForwardedFor()
    {
        await using (var trusting = await RunningBot.StartTelegramAsync(Api, Database, null, "--Health:TrustedNetworks:0=10.0.0.0/8", "--Health:TrustedNetworks:1=127.0.0.0/8"))
        {
            var (status, body) = await GetAsync(trusting, "/health/ready");
            Assert.Equal(HttpStatusCode.OK, status);
            AssertDetail(body);
        }

        await using var other = await RunningBot.StartTelegramAsync(Api, Database, null, "--Health:TrustedNetworks:0=10.0.0.0/8");
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, $"{other.BaseUrl}/health/ready");
        forwarded.Headers.Add("X-Forwarded-For", "10.1.2.3");
        forwarded.Headers.Add("X-Real-IP", "10.1.2.3");
        using var response = await Http.SendAsync(forwarded);
        Assert.Equal(StatusOnly, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFailingCheck_Answers503_WithTheStatusOnly_AndNamesTheCheckToTheTrusted()
    {
        await using var bot = await RunningBot.StartTelegramAsync(
            Api,
            Database,
            services => services.AddHealthChecks().AddCheck("broken", () => HealthCheckResult.Unhealthy("made to fail by the test")),
            $"--Health:Token={TestSecrets.HealthToken}");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, """{"status":"Unhealthy"}"""), await GetAsync(bot, "/health/ready"));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, """{"status":"Unhealthy"}"""), await GetAsync(bot, "/health"));
        // Liveness runs no check: the process answers, so it is not restarted for what a restart cannot mend.
        Assert.Equal((HttpStatusCode.OK, StatusOnly), await GetAsync(bot, "/health/live"));

        var (status, body) = await GetAsync(bot, "/health/ready", new AuthenticationHeaderValue("Bearer", TestSecrets.HealthToken));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", JsonNode.Parse(body)!["checks"]!["broken"]!.GetValue<string>());
        Assert.DoesNotContain("made to fail", body, StringComparison.Ordinal);
    }

    /// <summary>The shape /health has always had, for the trusted: status, checks, provider, instance, leases.</summary>
    private static void AssertDetail(string body)
    {
        Assert.StartsWith("""{"status":"Healthy","checks":{"database":"Healthy","telegram":"Healthy"},"provider":"Sqlite","instance":""", body, StringComparison.Ordinal);
        Assert.Contains("\"leases\":{", body, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(RunningBot bot, string path, AuthenticationHeaderValue? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, bot.BaseUrl + path);
        request.Headers.Authorization = authorization;
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
