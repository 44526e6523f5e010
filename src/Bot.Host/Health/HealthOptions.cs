using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Health;

/// <summary>
/// Who may read the detail of /health/ready (each check, the database kind, the instance id, the lease
/// holders): callers whose TCP peer address is in one of <see cref="TrustedNetworks"/>, and callers that send
/// <see cref="Token"/>. Everyone else, the machine itself and a proxy in front included, gets the status only.
/// </summary>
public sealed class HealthOptions : IValidatableObject
{
    public const string SectionName = "Health";

    /// <summary>Networks in CIDR notation (10.0.0.0/8, 192.168.1.7/32, fd00::/8); none by default.</summary>
    public List<string> TrustedNetworks { get; set; } = [];

    /// <summary>A secret a monitor sends as "Authorization: Bearer …"; off when empty.</summary>
    public string? Token { get; set; }

    /// <summary>The trusted networks, parsed; call only on validated options.</summary>
    public IReadOnlyList<IPNetwork> Networks() => TrustedNetworks.Select(n => IPNetwork.Parse(n.Trim())).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var network in TrustedNetworks.Where(n => !IPNetwork.TryParse(n?.Trim(), out _)))
        {
            yield return new($"Health:TrustedNetworks has '{network}', expected a network in CIDR notation such as 10.0.0.0/8 or 192.168.1.7/32 (one address).");
        }

        // The message never repeats the token: it is a secret.
        if (!string.IsNullOrEmpty(Token) && (Token.Length is < 16 or > 256 || !Token.All(IsTokenCharacter)))
        {
            yield return new("Health:Token must be 16 to 256 letters, digits, '-', '_', '.' or '~' (a random secret, sent as Authorization: Bearer …).");
        }
    }

    private static bool IsTokenCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';
}

/// <summary>
/// Health:TrustedNetworks given as one value (Health__TrustedNetworks=10.0.0.0/8) binds to no list at all: the start
/// stops and says how to write it, rather than trusting no one without a word.
/// </summary>
internal sealed class TrustedNetworksAsList(IConfiguration configuration) : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options) =>
        configuration[$"{HealthOptions.SectionName}:{nameof(HealthOptions.TrustedNetworks)}"] is { Length: > 0 }
            ? ValidateOptionsResult.Fail("Health:TrustedNetworks is a list: give each network as Health:TrustedNetworks:0, :1, … (Health__TrustedNetworks__0 in the environment).")
            : ValidateOptionsResult.Success;
}
