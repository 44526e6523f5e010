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
            .Append("<title>").Append(E(t.PageTitle(c.Organisation))).Append("</title>")
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

        var code = c.Language.Code;
        // The formats' names are the same in every language; the words around them are the translators'.
        string DataSet(string name, string file) =>
            Fill(t.DataSet(name, Slot(0), Slot(1)), Link($"../{file}.csv?lang={code}", "CSV"), Link($"../{file}.json?lang={code}", "JSON"));
        var licence = $"<a rel=\"license noopener\" target=\"_blank\" href=\"{E(c.Options.Licence.Url)}\">{E(c.Options.Licence.Name)}</a>";
        page.Append("<footer>\n")
            .Append("<p>").Append(E(t.SmallCounts)).Append("</p>\n")
            .Append("<p>").Append(Fill(t.OpenDataLine(Slot(0), Slot(1)), DataSet(t.AllIdeas, "ideas"), DataSet(t.ResultsTitle, "wedid"))).Append("</p>\n")
            .Append("<p>").Append(Fill(t.LicenceLine(Slot(0), c.Organisation, c.Moment(c.Now)), licence)).Append("</p>\n");
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
            var meta = new List<string> { when(r) };
            if (c.ThemeName(r.ThemeKey) is { } theme)
            {
                meta.Add(t.ThemeIs(theme));
            }

            if (c.DistrictName(r.DistrictKey) is { } district)
            {
                meta.Add(t.DistrictIs(district));
            }

            // One to four are not shown as a number; none is, as in the open data.
            meta.Add(FeedContext.Shown(r.Supports) is { } shown ? t.Supports(shown) : t.FewSupports);
            page.Append("<li id=\"idea-").Append(r.Id).Append("\">\n<h3>").Append(E(r.Title)).Append("</h3>\n")
                .Append("<p class=\"meta\">").AppendJoin(E(t.Separator), meta.Select(E)).Append("</p>\n");
            if (!string.IsNullOrWhiteSpace(r.Comment))
            {
                page.Append("<p><strong>").Append(E(t.WhatWasDone)).Append("</strong> ")
                    .AppendJoin("<br>", r.Comment.ReplaceLineEndings("\n").Split('\n').Select(E)).Append("</p>\n");
            }

            page.Append("</li>\n");
        }

        page.Append("</ul>\n</section>\n");
    }

    /// <summary>A slot for markup in a translated text: a character no text holds, kept as it is by the encoder.</summary>
    private static string Slot(int i) => $"\u27E6{i}\u27E7";

    /// <summary>A translated text encoded, with the markup (links) put in its slots.</summary>
    private static string Fill(string text, params string[] markup)
    {
        var html = E(text);
        for (var i = 0; i < markup.Length; i++)
        {
            html = html.Replace(Slot(i), markup[i], StringComparison.Ordinal);
        }

        return html;
    }

    private static string Link(string href, string text) =>
        $"<a href=\"{E(href)}\" target=\"_blank\" rel=\"noopener\">{E(text)}</a>";

    private static string E(string text) => Html.Encode(text);
}
