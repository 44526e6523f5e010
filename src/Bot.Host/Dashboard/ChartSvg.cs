using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// Draws a <see cref="Chart"/> as an inline SVG for the dashboard's pages, and the same numbers as a table: the picture is
/// for a glance, the table for screen readers and for anyone who wants the exact figures. No script and no stylesheet, only
/// presentation attributes, so a chart looks the same in any browser and in a saved page. Bad numbers (negative, missing)
/// are drawn as 0 rather than refused: a page with a chart should never fail because of one odd count.
/// </summary>
public static class ChartSvg
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Okabe–Ito: eight colours that stay apart for the common kinds of colour blindness. Beyond eight series they repeat.
    private static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"];
    private static readonly long[] StepFactors = [1, 2, 5];

    private const double BarShare = 0.7;
    private const string LimitColour = "#222222";

    /// <summary>
    /// Where things go in a chart of one width, in the SVG's own units. A chart is drawn to the width of its box, so the
    /// text is as large on the page as the box is wide over <see cref="Width"/>: the wide layout is for a box of about
    /// 35rem (a desk's column, a tablet), the narrow one for a phone's 21rem, each keeping its 12-unit text at about 12
    /// pixels rather than shrinking a desk's chart to a phone's width and its words to 6 pixels.
    /// </summary>
    private sealed record Layout(
        double Width, double PlotLeft, double PlotRight, double PlotTop, double PlotBottom, double Height, double LegendTop, double LegendRow,
        int FontSize, int TitleSize, int TitleLength, int MostLabels, double LetterWidth);

    private static readonly Layout Wide = new(560, 44, 548, 40, 200, 262, 234, 20, 12, 15, 62, 10, 7);

    private static readonly Layout Narrow = new(340, 34, 332, 40, 190, 252, 224, 20, 12, 14, 38, 5, 7);

    /// <summary>
    /// The chart as an inline &lt;svg&gt; element (no XML header), to be placed in an HTML page: <see cref="ChartWidth.Wide"/>
    /// for a desk or a tablet, <see cref="ChartWidth.Narrow"/> for a phone (the page shows the one that fits, by its class).
    /// </summary>
    public static string Render(Chart chart, string id, ChartWidth size = ChartWidth.Wide)
    {
        var l = size == ChartWidth.Narrow ? Narrow : Wide;
        var (max, step) = Scale(Largest(chart));
        var categories = chart.Categories.Count;
        var band = (l.PlotRight - l.PlotLeft) / Math.Max(1, categories);
        var barWidth = band * BarShare;
        double Y(long value) => l.PlotBottom - ((double)value / max * (l.PlotBottom - l.PlotTop));
        double BarLeft(int category) => l.PlotLeft + (category * band) + ((band - barWidth) / 2);

        var legend = Legend(chart, l);
        var height = l.Height + ((legend.Count == 0 ? 0 : legend[^1].Row) * l.LegendRow);
        var svg = new StringBuilder();
        var key = Html.Encode(id);
        svg.Append(Invariant, $"""<svg xmlns="http://www.w3.org/2000/svg" id="{key}" class="genycity-chart genycity-chart-{(size == ChartWidth.Narrow ? "narrow" : "wide")}" role="img" aria-labelledby="{key}-title" aria-describedby="{key}-desc" viewBox="0 0 {l.Width} {height}" width="100%" font-family="system-ui, sans-serif" font-size="{l.FontSize}">""").Append('\n');
        svg.Append(Invariant, $"""<title id="{key}-title">{Html.Encode(chart.Title)}</title>""").Append('\n');
        svg.Append(Invariant, $"""<desc id="{key}-desc">{Html.Encode(Summary(chart))}</desc>""").Append('\n');
        svg.Append(Invariant, $"""<text x="{l.PlotLeft}" y="22" font-size="{l.TitleSize}" font-weight="bold" fill="#222222">{Html.Encode(Shorten(chart.Title, l.TitleLength))}</text>""").Append('\n');

        for (var value = 0L; value <= max; value += step)
        {
            var y = Y(value);
            svg.Append(Invariant, $"""<line x1="{l.PlotLeft}" y1="{y:0.##}" x2="{l.PlotRight}" y2="{y:0.##}" stroke="{(value == 0 ? "#888888" : "#dddddd")}" stroke-width="1"/>""");
            svg.Append(Invariant, $"""<text x="{l.PlotLeft - 6}" y="{y + 4:0.##}" text-anchor="end" fill="#555555">{value}</text>""").Append('\n');
        }

        // Stacked segments start where the series below them ended; grouped bars share their category's width instead.
        var stackTops = new long[categories];
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            svg.Append(Invariant, $"""<g fill="{Colour(s)}" stroke="#ffffff" stroke-width="0.5">""").Append('\n');
            for (var c = 0; c < categories; c++)
            {
                var value = Value(series, c);
                if (value == 0)
                {
                    continue;
                }

                var (x, width, bottom) = chart.Kind == ChartKind.StackedBars
                    ? (BarLeft(c), barWidth, stackTops[c])
                    : (BarLeft(c) + (s * barWidth / chart.Series.Count), barWidth / chart.Series.Count, 0L);
                var (top, y) = (Y(bottom + value), Y(bottom));
                stackTops[c] += value;
                svg.Append(Invariant, $"""<rect x="{x:0.##}" y="{top:0.##}" width="{width:0.##}" height="{y - top:0.##}">""");
                svg.Append(Invariant, $"<title>{Html.Encode($"{chart.Categories[c]} · {series.Name}: {value.ToString(Invariant)}")}</title></rect>").Append('\n');
            }

            svg.Append("</g>\n");
        }

        for (var c = 0; c < categories; c++)
        {
            if (Limit(chart, c) is { } limit)
            {
                var y = Y(limit);
                var name = string.IsNullOrEmpty(chart.LimitName) ? string.Empty : $" · {chart.LimitName}";
                svg.Append(Invariant, $"""<line x1="{BarLeft(c) - 3:0.##}" y1="{y:0.##}" x2="{BarLeft(c) + barWidth + 3:0.##}" y2="{y:0.##}" stroke="{LimitColour}" stroke-width="2" stroke-dasharray="5 3">""");
                svg.Append(Invariant, $"<title>{Html.Encode($"{chart.Categories[c]}{name}: {limit.ToString(Invariant)}")}</title></line>").Append('\n');
            }
        }

        // With many categories only every n-th is labelled, and labels are cut to the room they have, so none overlap.
        var every = Math.Max(1, (int)Math.Ceiling(categories / (double)l.MostLabels));
        var room = Math.Clamp((int)(band * every / l.LetterWidth), 3, 12);
        for (var c = 0; c < categories; c += every)
        {
            var label = Shorten(chart.Categories[c], room);
            var full = label == chart.Categories[c] ? string.Empty : $"<title>{Html.Encode(chart.Categories[c])}</title>";
            svg.Append(Invariant, $"""<text x="{l.PlotLeft + (c * band) + (band / 2):0.##}" y="{l.PlotBottom + 18}" text-anchor="middle" fill="#333333">{full}{Html.Encode(label)}</text>""").Append('\n');
        }

        foreach (var entry in legend)
        {
            var y = l.LegendTop + (entry.Row * l.LegendRow);
            if (entry.Colour is { } colour)
            {
                svg.Append(Invariant, $"""<rect x="{entry.X:0.##}" y="{y}" width="11" height="11" fill="{colour}"/>""");
            }
            else
            {
                svg.Append(Invariant, $"""<line x1="{entry.X:0.##}" y1="{y + 5}" x2="{entry.X + 11:0.##}" y2="{y + 5}" stroke="{LimitColour}" stroke-width="2" stroke-dasharray="3 2"/>""");
            }

            svg.Append(Invariant, $"""<text x="{entry.X + 15:0.##}" y="{y + 10}" fill="#333333">{Html.Encode(entry.Name)}</text>""").Append('\n');
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// The same numbers as an HTML table: a caption (the title), a header row with the series (and the limit's name, when the
    /// chart has limits), a row per category, and for stacked charts a row of totals. Its id is <c>{id}-table</c>.
    /// </summary>
    public static string Table(Chart chart, string id, string totalLabel)
    {
        var hasLimits = chart.Limits is not null;
        var html = new StringBuilder();
        html.Append(Invariant, $"""<table id="{Html.Encode(id)}-table" class="genycity-chart-table">""").Append('\n');
        html.Append(Invariant, $"<caption>{Html.Encode(chart.Title)}</caption>\n<thead><tr><td></td>");
        foreach (var series in chart.Series)
        {
            html.Append(Invariant, $"""<th scope="col">{Html.Encode(series.Name)}</th>""");
        }

        if (hasLimits)
        {
            html.Append(Invariant, $"""<th scope="col">{Html.Encode(chart.LimitName ?? string.Empty)}</th>""");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            html.Append(Invariant, $"""<tr><th scope="row">{Html.Encode(chart.Categories[c])}</th>""");
            foreach (var series in chart.Series)
            {
                html.Append(Invariant, $"<td>{Value(series, c)}</td>");
            }

            if (hasLimits)
            {
                html.Append(Invariant, $"<td>{Limit(chart, c)}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n");
        if (chart.Kind == ChartKind.StackedBars)
        {
            html.Append(Invariant, $"""<tfoot><tr><th scope="row">{Html.Encode(totalLabel)}</th>""");
            foreach (var series in chart.Series)
            {
                html.Append(Invariant, $"<td>{Total(chart, series)}</td>");
            }

            // Capacities do not add up to anything a coordinator would read, so the limit column has no total.
            html.Append(hasLimits ? "<td></td></tr></tfoot>\n" : "</tr></tfoot>\n");
        }

        return html.Append("</table>").ToString();
    }

    /// <summary>
    /// The axis for the largest number: the step is the smallest of 1, 2, 5, 10, 20, 50… that reaches it in at most five
    /// steps, and the axis ends at the first step at or above it (7 → 8 in twos, 9 → 10, 11 → 15 in fives, 0 → 1). So from
    /// 3 up there are 3 to 5 gridlines above zero; below 3 there are only 1 or 2, as the counts are whole numbers.
    /// </summary>
    internal static (long Max, long Step) Scale(long largest)
    {
        largest = Math.Max(1, largest);
        for (var magnitude = 1L; ; magnitude *= 10)
        {
            foreach (var factor in StepFactors)
            {
                var step = factor * magnitude;
                var steps = (largest + step - 1) / step;
                if (steps <= 5)
                {
                    return (steps * step, step);
                }
            }
        }
    }

    private static int Value(ChartSeries series, int category) =>
        category < series.Values.Count ? Math.Max(0, series.Values[category]) : 0;

    private static int? Limit(Chart chart, int category) =>
        chart.Limits is { } limits && category < limits.Count && limits[category] is { } limit ? Math.Max(0, limit) : null;

    private static long Total(Chart chart, ChartSeries series) =>
        Enumerable.Range(0, chart.Categories.Count).Sum(c => (long)Value(series, c));

    /// <summary>The tallest thing drawn: a stack, a single bar or a limit.</summary>
    private static long Largest(Chart chart) =>
        Enumerable.Range(0, chart.Categories.Count).Select(c => Math.Max(
            chart.Kind == ChartKind.StackedBars
                ? chart.Series.Sum(s => (long)Value(s, c))
                : chart.Series.Select(s => (long)Value(s, c)).DefaultIfEmpty().Max(),
            Limit(chart, c) ?? 0)).DefaultIfEmpty().Max();

    /// <summary>The description a screen reader gives the picture: each series' total, in the chart's own words.</summary>
    private static string Summary(Chart chart) => chart.Series.Count == 0
        ? "0"
        : string.Join("; ", chart.Series.Select(s => $"{s.Name}: {Total(chart, s).ToString(Invariant)}"));

    private static string Colour(int series) => Palette[series % Palette.Length];

    private sealed record LegendEntry(string Name, string? Colour, double X, int Row);

    /// <summary>A swatch per series (and a dashed one for the limit), wrapped onto further rows when they do not fit.</summary>
    private static List<LegendEntry> Legend(Chart chart, Layout l)
    {
        var entries = chart.Series.Select((s, i) => (Name: Shorten(s.Name, 28), Colour: (string?)Colour(i))).ToList();
        if (chart.Limits is not null && !string.IsNullOrEmpty(chart.LimitName))
        {
            entries.Add((Shorten(chart.LimitName, 28), null));
        }

        var (x, row) = (l.PlotLeft, 0);
        var placed = new List<LegendEntry>();
        foreach (var (name, colour) in entries)
        {
            var width = 14 + (new StringInfo(name).LengthInTextElements * l.LetterWidth) + 16;
            if (x + width > l.PlotRight && x > l.PlotLeft)
            {
                (x, row) = (l.PlotLeft, row + 1);
            }

            placed.Add(new LegendEntry(name, colour, x, row));
            x += width;
        }

        return placed;
    }

    /// <summary>The text cut to at most <paramref name="length"/> letters, ending in "…" when cut (emoji and accents kept whole).</summary>
    private static string Shorten(string text, int length)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= length ? text : info.SubstringByTextElements(0, length - 1) + "…";
    }
}
