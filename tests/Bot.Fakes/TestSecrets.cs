using System.Text;

namespace GenYCity.Bot.Fakes;

/// <summary>
/// The secrets tests hand the bot. None may appear in a log line, in the database files, or in anything
/// the bot sends to a person: the fakes check what they received when they stop, the test host checks
/// its logs and its database.
/// </summary>
public static class TestSecrets
{
    public const string AppSecret = "app-secret-for-the-fake-graph-api";
    public const string VerifyToken = "verify-token-for-tests";
    public const string PageToken = "page-token-for-tests";
    public const string WebhookSecret = "s3cret-webhook-token-1234";
    public const string HealthToken = "health-token-for-tests-5678";
    public const string WhatsAppToken = "whatsapp-access-token-for-tests";
    public const string WhatsAppAppSecret = "whatsapp-app-secret-for-tests";
    public const string WhatsAppVerifyToken = "whatsapp-verify-token-for-tests";

    public static IReadOnlyList<string> All { get; } =
        [FakeBotApi.Token, FakeBotApi.Token.Split(':')[1], AppSecret, VerifyToken, PageToken, WebhookSecret, HealthToken, WhatsAppToken, WhatsAppAppSecret, WhatsAppVerifyToken];

    /// <summary>The first secret found in the text, if any.</summary>
    public static string? FoundIn(string? text) =>
        text is null ? null : All.FirstOrDefault(secret => text.Contains(secret, StringComparison.Ordinal));

    /// <summary>The first secret found in the bytes (UTF-8), if any: a file's content, say.</summary>
    public static string? FoundIn(ReadOnlySpan<byte> bytes)
    {
        foreach (var secret in All)
        {
            if (bytes.IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0)
            {
                return secret;
            }
        }

        return null;
    }

    /// <summary>Fails when what a fake received as message content carries a secret.</summary>
    public static void AssertNoneIn(string what, IEnumerable<(string Content, IEnumerable<byte[]> Files)> received)
    {
        foreach (var (content, files) in received)
        {
            if ((FoundIn(content) ?? files.Select(f => FoundIn(f)).FirstOrDefault(s => s is not null)) is { } secret)
            {
                throw new InvalidOperationException($"A secret ({secret[..4]}…) reached {what}: {content}");
            }
        }
    }
}
