using System.Security.Cryptography;
using System.Text;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Dashboard;

/// <summary>
/// A one-time sign-in link for the dashboard: a random token sent to the coordinator's own chat, of which only
/// the SHA-256 hash is kept, good once and for minutes.
/// </summary>
public sealed class DashboardLink
{
    private DashboardLink()
    {
        TokenHash = string.Empty;
    }

    public long Id { get; private set; }

    public string TokenHash { get; private set; }

    public long MemberId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>A new link for a coordinator, and its token (32 random bytes, base64url), which is not stored.</summary>
    public static (DashboardLink Link, string Token) Issue(Member member, DateTimeOffset now, TimeSpan lifetime)
    {
        var token = NewToken();
        return (new DashboardLink { TokenHash = Hash(token), MemberId = member.Id, CreatedAt = now, ExpiresAt = now + lifetime }, token);
    }

    /// <summary>32 random bytes, base64url: a link's token, or a session's.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Uses the link; false when it was used already or has expired.</summary>
    public bool Redeem(DateTimeOffset now)
    {
        if (UsedAt is not null || now >= ExpiresAt)
        {
            return false;
        }

        UsedAt = now;
        return true;
    }
}
