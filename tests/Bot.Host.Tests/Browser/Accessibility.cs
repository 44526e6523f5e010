using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GenYCity.Bot.Host.Tests.Browser;

/// <summary>
/// axe-core's accessibility rules (WCAG 2.x A and AA, and Deque's best practices), run inside the page by Playwright;
/// the axe.js it injects comes with the Deque.AxeCore.Commons package, so nothing is fetched.
/// </summary>
public static class Accessibility
{
    private static readonly string[] Standards = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    /// <summary>Rules that fail the page whatever impact axe gives them: every control and page must say what it is.</summary>
    private static readonly string[] AlwaysRequired = ["label", "button-name", "link-name", "html-has-lang", "html-lang-valid", "document-title", "color-contrast"];

    /// <summary>Runs axe on the page as it is now.</summary>
    public static async Task<AxeResult> RunAxeAsync(this IPage page)
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Standards] } };
        return await page.RunAxe(options);
    }

    /// <summary>
    /// Fails when axe finds a serious or critical violation on the page, or any violation of the
    /// rules every page must pass (labels, button and link names, the page's language and title, contrast);
    /// the message lists each with the elements it found.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxeAsync();
        var failing = result.Violations
            .Where(v => v.Impact is "serious" or "critical" || AlwaysRequired.Contains(v.Id))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(failing.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join('\n', failing)}");
    }
}
