using System.ComponentModel.DataAnnotations;
using GenYCity.Bot.Domain.Dashboard;

namespace GenYCity.Bot.Domain.Tests;

public sealed class DashboardOptionsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("https://bot.example.lv")]
    [InlineData("https://daugavpils.lv/bot/")]
    [InlineData("https://bot.example.lv:8443")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080")]
    public void AnHttpsAddress_OrHttpOnThisMachine_OrNone_IsAccepted(string publicUrl) =>
        Assert.Empty(Validate(new DashboardOptions { PublicUrl = publicUrl }));

    [Theory]
    [InlineData("javascript:alert(1)//", "must be the dashboard's https:// address")]
    [InlineData("ftp://bot.example.lv", "must be the dashboard's https:// address")]
    [InlineData("bot.example.lv", "must be the dashboard's https:// address")]
    [InlineData("/dashboard", "must be the dashboard's https:// address")]
    [InlineData(" https://bot.example.lv", "must be the dashboard's https:// address")]
    [InlineData("http://bot.example.lv", "must be an https:// address")]
    [InlineData("http://192.168.1.10:5080", "must be an https:// address")]
    [InlineData("https://admin:secretpart@bot.example.lv", "must not hold a user name or password")]
    [InlineData("https://bot.example.lv/?next=/", "must not have a query (?…) or fragment (#…)")]
    [InlineData("https://bot.example.lv/#top", "must not have a query (?…) or fragment (#…)")]
    [InlineData("https://bot.example.lv/?", "must not have a query (?…) or fragment (#…)")]
    public void AnyOtherAddress_IsRefused_InOneLineNamingTheKey_WithoutRepeatingIt(string publicUrl, string problem)
    {
        var message = Assert.Single(Validate(new DashboardOptions { PublicUrl = publicUrl }));

        Assert.StartsWith("Dashboard:PublicUrl ", message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
        Assert.DoesNotContain("secretpart", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-00:10:00", "00:10:00")]
    [InlineData("00:00:30", "08:00:00")]
    [InlineData("1.00:00:01", "08:00:00")]
    [InlineData("00:10:00", "00:04:59")]
    [InlineData("00:10:00", "7.00:00:01")]
    [InlineData("00:10:00", "-08:00:00")]
    public void ALifetime_OutsideItsBounds_IsRefused(string link, string session)
    {
        var options = new DashboardOptions { LinkLifetime = TimeSpan.Parse(link, System.Globalization.CultureInfo.InvariantCulture), SessionLifetime = TimeSpan.Parse(session, System.Globalization.CultureInfo.InvariantCulture) };

        var message = Assert.Single(Validate(options));

        Assert.Matches(@"^Dashboard:(Link|Session)Lifetime must be between ", message);
    }

    [Theory]
    [InlineData("00:01:00", "00:05:00")]
    [InlineData("1.00:00:00", "7.00:00:00")]
    public void TheBounds_AreAccepted(string link, string session) =>
        Assert.Empty(Validate(new DashboardOptions
        {
            LinkLifetime = TimeSpan.Parse(link, System.Globalization.CultureInfo.InvariantCulture),
            SessionLifetime = TimeSpan.Parse(session, System.Globalization.CultureInfo.InvariantCulture),
        }));

    private static List<string> Validate(DashboardOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }
}
