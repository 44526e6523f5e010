using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Playwright;

namespace GenYCity.Bot.Host.Tests.Browser;

/// <summary>
/// One headless Debian Chromium, driven by Playwright, for every test class in the <see cref="ChromiumCollection"/>:
/// launched once (a launch costs about a second of both cores), each test asking it for a fresh context of its own
/// (<see cref="NewContextAsync"/>), so no cookie, storage or cache passes from one test to the next.
/// Playwright's own browser download is never used: the executable is always given (<see cref="ExecutablePath"/>).
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    /// <summary>Where the tests look for Chromium when CHROMIUM_PATH is not set (Debian's package puts it here).</summary>
    public const string DebianPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The running browser; each test should use <see cref="NewContextAsync"/> rather than its default context.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium has not been launched.");

    /// <summary>
    /// The Chromium to drive: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium, else 'chromium' on PATH.
    /// None: the tests fail (not skip) with what to install.
    /// </summary>
    public static string ExecutablePath()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"CHROMIUM_PATH is '{configured}', which is not a file. Point it at a Chromium binary, or unset it to use {DebianPath} (apt-get install chromium).");
        }

        if (File.Exists(DebianPath))
        {
            return DebianPath;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException(
            $"The browser tests need Chromium and found none: not at {DebianPath}, not on PATH, and CHROMIUM_PATH is not set. "
            + "Install Debian's: apt-get install -y chromium (.ci/run does this when it is missing). Playwright's own browser download is not used.");
    }

    public async Task InitializeAsync()
    {
        var executable = ExecutablePath();
        playwright = await Playwright.CreateAsync();
        // A busy two-core CI machine: assertions wait longer than Playwright's 5 s before they fail.
        Assertions.SetDefaultExpectTimeout(15_000);
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                // Containers often have a small /dev/shm; Chromium's shared memory goes to /tmp instead.
                "--disable-dev-shm-usage",
                "--disable-gpu",
                // No name resolves but 127.0.0.1's: whatever a page asks for, the browser reaches no other host.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
        });
    }

    /// <summary>
    /// A new, empty browser context (its own cookies and storage), which lets requests go to 127.0.0.1 only:
    /// any other address is aborted. Dispose it at the end of the test (<c>await using</c>).
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.Locale ??= "lv-LV";
        options.TimezoneId ??= "Europe/Riga";
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(20_000);
        await context.RouteAsync(url => !IsLoopback(url), route => route.AbortAsync("addressunreachable"));
        return context;
    }

    private static bool IsLoopback(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host == "127.0.0.1";

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>
/// The test classes that share one <see cref="ChromiumBrowser"/>, and the classes that only look at the seeded city one
/// <see cref="DashboardCityFixture"/>; xunit runs them one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumBrowser>, ICollectionFixture<DashboardCityFixture>
{
    public const string Name = "Chromium";
}
