using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Health;

/// <summary>
/// Decides who reads the detail of /health/ready: a caller whose TCP peer is in Health:TrustedNetworks, or one
/// that sends Health:Token as a bearer token. Never X-Forwarded-For (anyone can write it), and never loopback by
/// itself: a proxy on the same machine is loopback to the bot, and it passes everyone's requests on.
/// </summary>
public sealed class HealthDetail(IOptions<HealthOptions> options)
{
    private readonly Lazy<IReadOnlyList<IPNetwork>> networks = new(() => options.Value.Networks());

    private readonly Lazy<byte[]?> tokenHash = new(() => string.IsNullOrEmpty(options.Value.Token) ? null : Hash(options.Value.Token));

    public bool IsAllowed(HttpContext context) => FromTrustedNetwork(context.Connection.RemoteIpAddress) || CarriesToken(context.Request.Headers.Authorization);

    private bool FromTrustedNetwork(IPAddress? peer)
    {
        if (peer is null)
        {
            return false;
        }

        // Kestrel listening on every address (http://+:8080) reports an IPv4 caller as ::ffff:a.b.c.d.
        var address = peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer;
        return networks.Value.Any(n => n.Contains(address));
    }

    private bool CarriesToken(Microsoft.Extensions.Primitives.StringValues authorization)
    {
        const string Scheme = "Bearer ";
        if (tokenHash.Value is not { } expected || authorization.Count != 1 || authorization[0] is not { } header
            || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashed first, so the comparison takes the same time whatever the length of what was sent.
        return CryptographicOperations.FixedTimeEquals(Hash(header[Scheme.Length..].Trim()), expected);
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
