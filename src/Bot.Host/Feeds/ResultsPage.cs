using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// "You said, we did" as a page a city's website shows in a frame: the ideas done and under way, each with when, what
/// was done and how many support it (fewer than five not shown), then the open data and its licence. Written on the
/// server, with no script, its own small style, headings in order and the page's language set.
/// </summary>
internal static class ResultsPage
{
    /// <summary>Encodes markup characters, but leaves Latvian, Cyrillic and Polish letters as they are.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static byte[] Write(FeedContext c, IReadOnlyList<PublicResult> results, IReadOnlyList<Language> languages)
    {
        var t = c.T;
        var page = new StringBuilder()
            .Append("<!doctype html>\n")
            .Append("<html lang=\"").Append(c.Language.Code).Append("\">\n")
            .Append("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">")
            .Append("<title>").Append(E(t.ResultsTitle)).Append(" · ").Append(E(c.Organisation)).Append("</title>")
            .Append("<style>").Append(ResultsStyle.Css).Append("</style></head>\n")
            .Append("<body>\n<main>\n")
            .Append("<h1>").Append(E(t.ResultsTitle)).Append("</h1>\n")
            .Append("<p>").Append(E(t.ResultsIntro)).Append("</p>\n");
        if (c.BotLink is { } bot)
        {
            page.Append("<p>").Append(Link(bot, t.SuggestIdea)).Append("</p>\n");
        }

        var done = results.Where(r => r.Status == IdeaStatus.Implemented).ToList();
        var underWay = results.Where(r => r.Status == IdeaStatus.InProgress).ToList();
        if (results.Count == 0)
        {
            page.Append("<p>").Append(E(t.NothingYet)).Append("</p>\n");
        }

        Section(page, c, "done", t.Done, done, r => t.DoneOn(c.Moment(r.At)));
        Section(page, c, "under-way", t.UnderWay, underWay, r => t.StartedOn(c.Moment(r.At)));

        page.Append("<footer>\n")
            .Append("<p>").Append(E(t.SmallCounts)).Append("</p>\n")
            .Append("<p>").Append(E(t.OpenData)).Append(": ")
            .Append(E(t.AllIdeas)).Append(" (").Append(Link($"../ideas.csv?lang={c.Language.Code}", "CSV")).Append(", ")
            .Append(Link($"../ideas.json?lang={c.Language.Code}", "JSON")).Append(") · ")
            .Append(E(t.ResultsTitle)).Append(" (").Append(Link($"../wedid.csv?lang={c.Language.Code}", "CSV")).Append(", ")
            .Append(Link($"../wedid.json?lang={c.Language.Code}", "JSON")).Append(")</p>\n")
            .Append("<p>").Append(E(t.Licence)).Append(": <a rel=\"license noopener\" target=\"_blank\" href=\"").Append(E(c.Options.Licence.Url)).Append("\">")
            .Append(E(c.Options.Licence.Name)).Append("</a> · ").Append(E(t.Publisher(c.Organisation))).Append(" · ")
            .Append(E(t.Updated(c.Moment(c.Now)))).Append("</p>\n");
        var others = languages.Where(l => l != c.Language).ToList();
        if (others.Count > 0)
        {
            page.Append("<nav aria-label=\"").Append(E(t.OtherLanguages)).Append("\"><ul>");
            foreach (var other in others)
            {
                // Each name in its own language, marked as such for a screen reader.
                page.Append("<li><a href=\"").Append(other.Code).Append("\" hreflang=\"").Append(other.Code).Append("\" lang=\"").Append(other.Code).Append("\">")
                    .Append(E(other.NativeName())).Append("</a></li>");
            }

            page.Append("</ul></nav>\n");
        }

        page.Append("</footer>\n</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(page.ToString());
    }

    private static void Section(StringBuilder page, FeedContext c, string id, string heading, List<PublicResult> results, Func<PublicResult, string> when)
    {
        if (results.Count == 0)
        {
            return;
        }

        var t = c.T;
        page.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">").Append(E(heading)).Append("</h2>\n<ul class=\"ideas\">\n");
        foreach (var r in results)
        {
            page.Append("<li id=\"idea-").Append(r.Id).Append("\">\n<h3>").Append(E(r.Title)).Append("</h3>\n")
                .Append("<p class=\"meta\">").Append(E(when(r))).Append(" · ").Append(E(t.Theme)).Append(": ").Append(E(c.ThemeName(r.ThemeKey)));
            if (c.DistrictName(r.DistrictKey) is { } district)
            {
                page.Append(" · ").Append(E(t.District)).Append(": ").Append(E(district));
            }

            // None is not worth a word; one to four are not shown as a number.
            if (r.Supports > 0)
            {
                page.Append(" · ").Append(E(FeedContext.Shown(r.Supports) is { } shown ? t.Supports(shown) : t.FewSupports));
            }

            page.Append("</p>\n");
            if (!string.IsNullOrWhiteSpace(r.Comment))
            {
                page.Append("<p><strong>").Append(E(t.WhatWasDone)).Append(":</strong> ")
                    .AppendJoin("<br>", r.Comment.ReplaceLineEndings("\n").Split('\n').Select(E)).Append("</p>\n");
            }

            page.Append("</li>\n");
        }

        page.Append("</ul>\n</section>\n");
    }

    private static string Link(string href, string text) =>
        $"<a href=\"{E(href)}\" target=\"_blank\" rel=\"noopener\">{E(text)}</a>";

    private static string E(string text) => Html.Encode(text);
}
