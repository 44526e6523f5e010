using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>All ideas, filtered by status, theme and words in their title or text, newest first, a page at a time.</summary>
public sealed class IdeasModel(BotDbContext db, BotOptions bot) : DashboardPage
{
    public const int PageSize = 50;

    public IReadOnlyList<IdeaLine> Lines { get; private set; } = [];

    public IdeaStatus? Status { get; private set; }

    public string? Theme { get; private set; }

    public string Search { get; private set; } = string.Empty;

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public int Found { get; private set; }

    public IReadOnlyList<(string Key, string Name)> Themes => [.. bot.Themes.Select(t => (t.Key, t.Name(Language)))];

    // "page" is Razor Pages' own route value (the page's name), so the page number is read from the query by name.
    public async Task OnGetAsync(string? status, string? theme, string? q, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        Status = Enum.TryParse<IdeaStatus>(status, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;
        Theme = bot.FindTheme(theme ?? string.Empty)?.Key;
        Search = (q ?? string.Empty).Trim();
        var query = db.Ideas.AsNoTracking();
        if (Status is { } wanted)
        {
            query = query.Where(i => i.Status == wanted);
        }

        if (Theme is { } key)
        {
            query = query.Where(i => i.ThemeKey == key);
        }

        var lines = await query.OrderByDescending(i => i.Id)
            .Select(i => new IdeaLine(i.Id, i.Title, i.Description, i.ThemeKey, i.Status, i.SupportCount, i.CreatedAt, i.IsHidden))
            .ToListAsync(ct);

        // Words are matched here rather than in SQL: without regard to case or to Latvian marks ("ēka" finds
        // "Eka"), in Cyrillic as in Latin letters, the same on SQLite and PostgreSQL. A city's ideas are thousands at most.
        if (Search.Length > 0)
        {
            var compare = CultureInfo.InvariantCulture.CompareInfo;
            const CompareOptions loosely = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
            lines = [.. lines.Where(l => compare.IndexOf(l.Title, Search, loosely) >= 0 || compare.IndexOf(l.Description, Search, loosely) >= 0)];
        }

        Found = lines.Count;
        PageCount = Math.Max(1, (Found + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(pageNumber, 1, PageCount);
        Lines = [.. lines.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    public string ThemeName(string key) => bot.ThemeName(key, Language);

    /// <summary>This list's address with another page.</summary>
    public string PageLink(int page)
    {
        var parts = new Dictionary<string, string?>
        {
            ["status"] = Status?.ToString(),
            ["theme"] = Theme,
            ["q"] = Search.Length > 0 ? Search : null,
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return "/dashboard/ideas" + QueryString.Create(parts.Where(p => p.Value is not null)).ToUriComponent();
    }
}
