using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Domain.Dashboard;

/// <summary>
/// The "Dashboard" section: where the coordinators' web dashboard is reached, and how long its sign-in links and
/// sessions last. Checked at start: the address goes into links people follow, and makes the cookies Secure.
/// </summary>
public sealed class DashboardOptions : IValidatableObject
{
    public const string SectionName = "Dashboard";

    /// <summary>The dashboard's public address (https; http only on this machine, to try it), which sign-in links point to; empty: no dashboard.</summary>
    public string PublicUrl { get; set; } = string.Empty;

    /// <summary>How long a sign-in link can be used, once: long enough to open the chat and follow it, short enough that a forwarded one has expired.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Dashboard:LinkLifetime must be between 00:01:00 (a minute) and 1.00:00:00 (a day).")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a signed-in session lasts before the coordinator asks for a new link.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Dashboard:SessionLifetime must be between 00:05:00 (five minutes) and 7.00:00:00 (a week).")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Whether the dashboard is on (its address is set).</summary>
    public bool IsOn => !string.IsNullOrWhiteSpace(PublicUrl);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsOn && ProblemWith(PublicUrl) is { } problem)
        {
            // The value is not repeated: a mistyped address may hold a password.
            yield return new($"Dashboard:PublicUrl {problem}; leave it empty for no dashboard.");
        }
    }

    private static string? ProblemWith(string publicUrl)
    {
        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(url.Host) || publicUrl != publicUrl.Trim())
        {
            return "must be the dashboard's https:// address, such as https://bot.example.lv";
        }

        if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            return "must be an https:// address: over http the sign-in links and session cookies travel readable (http is for trying it on localhost, 127.0.0.1 or ::1)";
        }

        if (url.UserInfo.Length > 0)
        {
            return "must not hold a user name or password";
        }

        // Links are made by adding a path to the address, which a query or fragment would swallow.
        return url.Query.Length > 0 || url.Fragment.Length > 0 || publicUrl.Contains('?', StringComparison.Ordinal) || publicUrl.Contains('#', StringComparison.Ordinal)
            ? "must not have a query (?…) or fragment (#…): the dashboard's paths are added to it"
            : null;
    }
}
