using System.Globalization;
using System.Xml.Linq;
using GenYCity.Bot.Host.Dashboard;

namespace GenYCity.Bot.Host.Tests;

public sealed class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly long[] NiceFactors = [1, 2, 5];

    [Fact]
    public void Render_IsWellFormedSvg_NamedByItsTitle()
    {
        var svg = XElement.Parse(ChartSvg.Render(new Chart("Who is coming", ["Mon", "Tue"], [new ChartSeries("Going", [3, 4])]), "attendance"));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("genycity-chart genycity-chart-wide", (string?)svg.Attribute("class"));
        Assert.StartsWith("0 0 ", (string?)svg.Attribute("viewBox"), StringComparison.Ordinal);
        Assert.Equal("attendance-title", (string?)svg.Attribute("aria-labelledby"));
        var title = svg.Element(Svg + "title");
        Assert.NotNull(title);
        Assert.Equal("attendance-title", (string?)title.Attribute("id"));
        Assert.Equal("Who is coming", title.Value);
        var desc = svg.Element(Svg + "desc");
        Assert.NotNull(desc);
        Assert.Equal((string?)svg.Attribute("aria-describedby"), (string?)desc.Attribute("id"));
        Assert.Contains("Going: 7", desc.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePhonesDrawing_IsNarrower_WithTheSameSizeOfText_SoItsWordsDoNotShrink()
    {
        var chart = new Chart("New members by language", [.. Enumerable.Range(1, 12).Select(w => $"{w:00}.11")], [new ChartSeries("latviešu", [.. Enumerable.Range(1, 12)]), new ChartSeries("русский", [.. Enumerable.Range(1, 12)])]);

        var wide = XElement.Parse(ChartSvg.Render(chart, "c"));
        var narrow = XElement.Parse(ChartSvg.Render(chart, "c-narrow", ChartWidth.Narrow));

        static double ViewBoxWidth(XElement svg) => double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("genycity-chart genycity-chart-narrow", (string?)narrow.Attribute("class"));
        Assert.True(ViewBoxWidth(narrow) <= 340, "a phone's drawing fits a phone's column at about its own size");
        Assert.True(ViewBoxWidth(wide) <= 560, "a desk's drawing fits half a desk's page at about its own size");
        Assert.Equal("12", (string?)narrow.Attribute("font-size"));
        Assert.Equal("12", (string?)wide.Attribute("font-size"));
        // Fewer labels under the narrow one's bars, so they do not run into each other.
        var labels = (XElement svg) => svg.Elements(Svg + "text").Count(t => (string?)t.Attribute("text-anchor") == "middle");
        Assert.True(labels(narrow) < labels(wide));
        Assert.Equal("c-narrow-title", (string?)narrow.Attribute("aria-labelledby"));
    }

    [Fact]
    public void Render_DrawsOneBarPerNonZeroValue_EachTitledWithItsNumber()
    {
        var chart = new Chart("Replies", ["a", "b", "c"], [new ChartSeries("Yes", [1, 0, 3]), new ChartSeries("No", [0, 2, 0])]);

        var bars = Bars(Parse(chart));

        Assert.Equal(3, bars.Count);
        Assert.Equal(["a · Yes: 1", "c · Yes: 3", "b · No: 2"], bars.Select(b => b.Element(Svg + "title")!.Value));
    }

    [Fact]
    public void StackedBars_AreProportional_AndTheTallestStackReachesTheTopOfTheAxis()
    {
        var chart = new Chart("Stacked", ["x", "y"], [new ChartSeries("A", [2, 1]), new ChartSeries("B", [6, 1])]);

        var svg = Parse(chart);
        var bars = Bars(svg);
        var (a, b) = (Bar(bars, "x · A"), Bar(bars, "x · B"));

        Assert.Equal(3 * Height(a), Height(b), 2);
        Assert.Equal(Height(a), 2 * Height(Bar(bars, "y · A")), 2);
        // B sits on A: its bottom is A's top, both share the category's x and width.
        Assert.Equal(Number(a, "y"), Number(b, "y") + Height(b), 2);
        Assert.Equal(Number(a, "x"), Number(b, "x"), 2);
        // 8 is the nice maximum for 8 (in steps of 2), so the stack of 2 + 6 reaches the top gridline, labelled 8.
        Assert.Equal(["0", "2", "4", "6", "8"], AxisLabels(svg));
        Assert.Equal(Gridlines(svg).Min(), Number(b, "y"), 2);
        Assert.Equal(Gridlines(svg).Max(), Number(a, "y") + Height(a), 2);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(2, 2, 1)]
    [InlineData(3, 3, 1)]
    [InlineData(5, 5, 1)]
    [InlineData(6, 6, 2)]
    [InlineData(7, 8, 2)]
    [InlineData(9, 10, 2)]
    [InlineData(11, 15, 5)]
    [InlineData(26, 30, 10)]
    [InlineData(51, 60, 20)]
    [InlineData(100, 100, 20)]
    [InlineData(101, 150, 50)]
    [InlineData(1001, 1500, 500)]
    public void Scale_EndsAtTheFirstStepOf1_2Or5TimesAPowerOfTen_ReachingTheLargestInAtMostFiveSteps(long largest, long max, long step) =>
        Assert.Equal((max, step), ChartSvg.Scale(largest));

    [Fact]
    public void Scale_From3Up_Has3To5Steps_OfANiceSize_EndingAtOrJustAboveTheLargest()
    {
        for (var largest = 3L; largest <= 20_000; largest++)
        {
            var (max, step) = ChartSvg.Scale(largest);
            Assert.InRange(max / step, 3, 5);
            Assert.Equal(0, max % step);
            Assert.True(max >= largest && max - step < largest, $"{largest}: {max}");
            var magnitude = (long)Math.Pow(10, Math.Floor(Math.Log10(step)));
            Assert.Contains(step / magnitude, NiceFactors);
            Assert.Equal(0, step % magnitude);
        }
    }

    [Fact]
    public void Render_LabelsTheAxisInNiceSteps_7GoesTo8()
    {
        var svg = Parse(new Chart("Seven", ["only"], [new ChartSeries("A", [7])]));

        Assert.Equal(["0", "2", "4", "6", "8"], AxisLabels(svg));
        Assert.Equal(5, Gridlines(svg).Count);
    }

    [Fact]
    public void GroupedBars_SitSideBySide_OnTheSameBaseline()
    {
        var chart = new Chart("Grouped", ["one"], [new ChartSeries("A", [3]), new ChartSeries("B", [5])], ChartKind.GroupedBars);

        var svg = Parse(chart);
        var (a, b) = (Bar(Bars(svg), "one · A"), Bar(Bars(svg), "one · B"));

        Assert.True(Number(a, "x") + Number(a, "width") <= Number(b, "x") + 0.01, "B starts where A ends, not over it");
        Assert.Equal(Number(a, "width"), Number(b, "width"), 2);
        Assert.Equal(Number(a, "y") + Height(a), Number(b, "y") + Height(b), 2);
        Assert.Equal(Height(a) * 5 / 3, Height(b), 2);
        // Grouped, the axis is for the tallest single bar (5), not the sum (8).
        Assert.Equal(["0", "1", "2", "3", "4", "5"], AxisLabels(svg));
    }

    [Fact]
    public void Limits_DrawADashedLineAtTheirHeight_AndRaiseTheMaximum()
    {
        var chart = new Chart("Capacity", ["a", "b"], [new ChartSeries("Going", [2, 3])]) { Limits = [10, null], LimitName = "Places" };

        var svg = Parse(chart);
        var limits = svg.Descendants(Svg + "line").Where(l => l.Element(Svg + "title") is not null).ToList();

        var limit = Assert.Single(limits);
        Assert.Equal("a · Places: 10", limit.Element(Svg + "title")!.Value);
        Assert.NotNull(limit.Attribute("stroke-dasharray"));
        Assert.Equal(["0", "2", "4", "6", "8", "10"], AxisLabels(svg));
        Assert.Equal(Gridlines(svg).Min(), Number(limit, "y1"), 2);
        Assert.Equal(Number(limit, "y1"), Number(limit, "y2"), 2);
        // The limit is five times the bar of 2 below it.
        var bar = Bar(Bars(svg), "a · Going");
        Assert.Equal(Number(bar, "y") + Height(bar) - Number(limit, "y1"), 5 * Height(bar), 2);
        // It spans the bar it belongs to.
        Assert.True(Number(limit, "x1") <= Number(bar, "x") && Number(limit, "x2") >= Number(bar, "x") + Number(bar, "width"));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Places");
    }

    [Fact]
    public void Text_IsEncoded_ButLatvianAndCyrillicLettersStayLetters()
    {
        var chart = new Chart("Ēriks & <b>", ["<script>alert(1)</script>", "Ēriks"], [new ChartSeries("Жанна \"J\"", [1, 2])]);

        var svg = ChartSvg.Render(chart, "x");
        var table = ChartSvg.Table(chart, "x", "Kopā");

        foreach (var markup in new[] { svg, table })
        {
            Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", markup, StringComparison.Ordinal);
            Assert.Contains("Ēriks", markup, StringComparison.Ordinal);
            Assert.Contains("Жанна", markup, StringComparison.Ordinal);
            Assert.DoesNotContain("&#x", markup, StringComparison.Ordinal);
        }

        Assert.Contains("Kopā", table, StringComparison.Ordinal);
        // Decoded, the names are exactly what was given.
        var bars = Bars(XElement.Parse(svg));
        Assert.Equal("<script>alert(1)</script> · Жанна \"J\": 1", bars[0].Element(Svg + "title")!.Value);
        Assert.Equal("Ēriks & <b>", XElement.Parse(table).Element("caption")!.Value);
    }

    [Fact]
    public void EmptyOrAllZero_DoesNotThrow_AndDrawsAnAxisTo1WithNoBars()
    {
        Chart[] charts =
        [
            new("Nothing", [], []),
            new("No series", ["a", "b"], []),
            new("No categories", [], [new ChartSeries("A", [1, 2])]) { Limits = [5] },
            new("Zeros", ["a", "b"], [new ChartSeries("A", [0, 0]), new ChartSeries("B", [])], ChartKind.GroupedBars) { Limits = [] },
        ];

        foreach (var chart in charts)
        {
            var svg = XElement.Parse(ChartSvg.Render(chart, "e"));
            Assert.Empty(Bars(svg));
            Assert.Equal(["0", "1"], AxisLabels(svg));
            Assert.Equal(chart.Title, svg.Element(Svg + "title")!.Value);
            var table = XElement.Parse(ChartSvg.Table(chart, "e", "Total"));
            Assert.Equal(chart.Categories.Count, table.Element("tbody")!.Elements("tr").Count());
        }
    }

    [Fact]
    public void Table_HasACaption_ColumnAndRowHeaders_AndTotalsForStackedBars()
    {
        var chart = new Chart("Event sign-ups", ["Mon", "Tue"], [new ChartSeries("Going", [3, 4]), new ChartSeries("Maybe", [1, 0])])
        {
            Limits = [5, null],
            LimitName = "Places",
        };

        var table = XElement.Parse(ChartSvg.Table(chart, "signups", "Total"));

        Assert.Equal("signups-table", (string?)table.Attribute("id"));
        Assert.Equal("Event sign-ups", table.Element("caption")!.Value);
        var headers = table.Element("thead")!.Descendants("th").ToList();
        Assert.Equal(["Going", "Maybe", "Places"], headers.Select(h => h.Value));
        Assert.All(headers, h => Assert.Equal("col", (string?)h.Attribute("scope")));
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal([["Mon", "3", "1", "5"], ["Tue", "4", "0", ""]], rows.Select(r => r.Elements().Select(e => e.Value).ToArray()));
        Assert.All(rows, r => Assert.Equal("row", (string?)r.Element("th")!.Attribute("scope")));
        var total = Assert.Single(table.Element("tfoot")!.Elements("tr"));
        Assert.Equal(["Total", "7", "1", ""], total.Elements().Select(e => e.Value));
        Assert.Equal("row", (string?)total.Element("th")!.Attribute("scope"));
    }

    [Fact]
    public void Table_ForGroupedBars_HasNoTotalRow_NorALimitColumnWithoutLimits()
    {
        var chart = new Chart("Grouped", ["a"], [new ChartSeries("A", [1]), new ChartSeries("B", [2])], ChartKind.GroupedBars);

        var table = XElement.Parse(ChartSvg.Table(chart, "g", "Total"));

        Assert.Null(table.Element("tfoot"));
        Assert.Equal(["A", "B"], table.Element("thead")!.Descendants("th").Select(h => h.Value));
        Assert.DoesNotContain("Total", table.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ShortOrNegativeValues_CountAsZero()
    {
        var chart = new Chart("Short", ["a", "b", "c"], [new ChartSeries("A", [4]), new ChartSeries("B", [-5, 2])]);

        var svg = Parse(chart);
        var table = XElement.Parse(ChartSvg.Table(chart, "s", "Σ"));

        Assert.Equal(["a · A: 4", "b · B: 2"], Bars(svg).Select(b => b.Element(Svg + "title")!.Value));
        Assert.Equal(["0", "1", "2", "3", "4"], AxisLabels(svg));
        Assert.Equal(
            [["a", "4", "0"], ["b", "0", "2"], ["c", "0", "0"]],
            table.Element("tbody")!.Elements("tr").Select(r => r.Elements().Select(e => e.Value).ToArray()));
        Assert.Equal(["Σ", "4", "2"], table.Element("tfoot")!.Element("tr")!.Elements().Select(e => e.Value));
    }

    [Fact]
    public void Coordinates_AreInvariant_WhateverTheCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("lv-LV");
            // Three categories make fractional widths, which lv-LV would write with a comma.
            var svg = Parse(new Chart("Culture", ["a", "b", "c"], [new ChartSeries("A", [1000, 3, 7])]));

            foreach (var rect in Bars(svg))
            {
                foreach (var name in new[] { "x", "y", "width", "height" })
                {
                    Assert.True(double.TryParse((string?)rect.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"{name}={(string?)rect.Attribute(name)}");
                }
            }

            Assert.Contains("1000", AxisLabels(svg));
            Assert.Contains(Bars(svg), b => ((string?)b.Attribute("width"))!.Contains('.', StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void ManyCategories_AreLabelledEveryNth_AndLongNamesCut()
    {
        var names = Enumerable.Range(1, 30).Select(i => $"A very long category name {i}").ToList();
        var svg = Parse(new Chart("Many", names, [new ChartSeries("A", [.. names.Select(_ => 1)])]));

        var labels = svg.Elements(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "middle").ToList();

        Assert.InRange(labels.Count, 2, 12);
        Assert.All(labels, l => Assert.EndsWith("…", l.Nodes().OfType<XText>().Single().Value, StringComparison.Ordinal));
        Assert.All(labels, l => Assert.True(l.Nodes().OfType<XText>().Single().Value.Length <= 12));
        // The cut label keeps the whole name for hovering.
        Assert.Equal(names[0], labels[0].Element(Svg + "title")!.Value);
        Assert.Equal(30, Bars(svg).Count);
    }

    [Fact]
    public void Palette_HasEightDistinctColours_ThenRepeats()
    {
        var series = Enumerable.Range(0, 9).Select(i => new ChartSeries($"S{i}", [1])).ToList();
        var svg = Parse(new Chart("Colours", ["a"], series, ChartKind.GroupedBars));

        var fills = svg.Elements(Svg + "g").Select(g => (string?)g.Attribute("fill")).ToList();

        Assert.Equal(9, fills.Count);
        Assert.Equal(8, fills.Take(8).Distinct().Count());
        Assert.Equal(fills[0], fills[8]);
        // The legend has a swatch per series, in the series' colour.
        var swatches = svg.Elements(Svg + "rect").Select(r => (string?)r.Attribute("fill")).ToList();
        Assert.Equal(fills, swatches);
    }

    private static XElement Parse(Chart chart) => XElement.Parse(ChartSvg.Render(chart, "chart"));

    /// <summary>The bars: rectangles with a hover title (the legend's swatches have none).</summary>
    private static List<XElement> Bars(XElement svg) =>
        [.. svg.Descendants(Svg + "rect").Where(r => r.Element(Svg + "title") is not null)];

    private static XElement Bar(List<XElement> bars, string prefix) =>
        Assert.Single(bars, b => b.Element(Svg + "title")!.Value.StartsWith(prefix + ":", StringComparison.Ordinal));

    /// <summary>The y of each gridline, the zero line included: the lines with neither a dash nor a title.</summary>
    private static List<double> Gridlines(XElement svg) =>
        [.. svg.Elements(Svg + "line").Where(l => l.Attribute("stroke-dasharray") is null).Select(l => Number(l, "y1"))];

    private static List<string> AxisLabels(XElement svg) =>
        [.. svg.Elements(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "end").Select(t => t.Value)];

    private static double Number(XElement element, string attribute) =>
        double.Parse((string?)element.Attribute(attribute) ?? throw new InvalidOperationException(attribute), CultureInfo.InvariantCulture);

    private static double Height(XElement bar) => Number(bar, "height");
}
