using System.Security.Cryptography;
using System.Text;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// The results page's own small style, inside the page (a frame on another site loads nothing else), allowed by
/// its hash in the page's Content-Security-Policy rather than by allowing any inline style. Readable on a phone's
/// width, in the reader's light or dark scheme.
/// </summary>
internal static class ResultsStyle
{
    public const string Css =
        ":root{color-scheme:light dark;--fg:#1d1d1f;--muted:#5a5a5f;--line:#d9d9de;--accent:#0a6b4b;--bg:#fff}" +
        "@media (prefers-color-scheme:dark){:root{--fg:#f2f2f5;--muted:#b4b4bb;--line:#44444a;--accent:#6fd6ac;--bg:#161618}}" +
        "*{box-sizing:border-box}" +
        "body{margin:0;padding:1rem;font:1rem/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;color:var(--fg);background:var(--bg)}" +
        "main{max-width:46rem;margin:0 auto}" +
        "h1{font-size:1.5rem;line-height:1.25;margin:0 0 .5rem}" +
        "h2{font-size:1.2rem;margin:1.75rem 0 .25rem;padding-bottom:.25rem;border-bottom:2px solid var(--accent)}" +
        "h3{font-size:1.05rem;margin:0 0 .25rem}" +
        "ul.ideas{list-style:none;margin:0;padding:0}" +
        "ul.ideas>li{padding:.75rem 0;border-bottom:1px solid var(--line)}" +
        "p{margin:.25rem 0}" +
        ".meta,footer{color:var(--muted);font-size:.9rem}" +
        "a{color:var(--accent)}" +
        "nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}" +
        "footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.75rem}" +
        "h1,h3,p{overflow-wrap:anywhere}";

    /// <summary>The style's CSP source: its SHA-256 hash.</summary>
    public static readonly string Source = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'";
}
