using System.Text;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;
using Microsoft.VisualBasic.FileIO;
using NSubstitute;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>/export: a spreadsheet in the coordinator's language, CSV for programs. The .xlsx itself is read back in the host's tests.</summary>
public sealed partial class ExportTests
{
    private readonly ChatHarness chat = new();
    private readonly Dictionary<string, byte[]> files = [];

    public ExportTests()
    {
        chat.Exports.SaveAsync(default!, default!, default)
            .ReturnsForAnyArgs(call =>
            {
                files[call.Arg<string>()] = call.Arg<byte[]>();
                return "/data/exports/" + call.Arg<string>();
            });
    }

    [Fact]
    public async Task Export_IsASpreadsheetInTheCoordinatorsLanguage_WithStatusNamesCommentsReasonsAndLocalDates()
    {
        await SeedAsync(Language.Lv);

        var reply = Assert.Single(await chat.Say("/export", userId: "1"));

        Assert.Equal("/data/exports/genycity-2026-11-23-1300.xlsx", reply.DocumentPath);
        Assert.Equal("📊 Izklājlapā: 2 idejas ar vēsturi un 1 pasākums ar atbildēm. CSV faili citām programmām: /export csv", reply.Text);
        Assert.Equal("dd.mm.yyyy hh:mm", chat.Spreadsheets.DateFormat);
        var (ideas, history, events) = (chat.Spreadsheets.Tables[0], chat.Spreadsheets.Tables[1], chat.Spreadsheets.Tables[2]);

        Assert.Equal(["Idejas", "Ideju vēsture", "Pasākumi"], chat.Spreadsheets.Tables.Select(t => t.Name));
        Assert.Equal(
            ["Nr.", "Iesniegta", "Statuss", "Statuss mainīts", "Tēma", "Nosaukums", "Apraksts", "Koordinatora komentārs vai iemesls", "Atbalsta balsis", "Sūdzības", "Paslēpta sūdzību dēļ", "Gatava nodošanai domei", "Autora lietotne", "Autora valoda", "Platums", "Garums", "Vieta", "Apkaime", "Domes lēmums", "Domes atbilde"],
            ideas.Columns.Select(c => c.Header));
        Assert.Equal(CellKind.DateTime, ideas.Columns[1].Kind);
        Assert.Equal(
            [1L, new DateTime(2026, 11, 23, 12, 0, 0), "tiek īstenota", new DateTime(2026, 11, 23, 13, 0, 0), "Parki", "Soliņi", "Description of Soliņi", "Sāksim pavasarī", 1, 0, "nē", null, "Telegram", "krievu", null, null, null, null, null, null],
            ideas.Rows[0]);
        Assert.Equal(("nav pieņemta", "Tur applūst"), (ideas.Rows[1][2], ideas.Rows[1][7]));
        // The point as typed, rounded to about 100 m.
        Assert.Equal((55.875, 26.536), ((double?)ideas.Rows[1][14], (double?)ideas.Rows[1][15]));

        Assert.Equal(["Idejas Nr.", "Ideja", "Mainīts", "Statuss", "Koordinatora komentārs vai iemesls"], history.Columns.Select(c => c.Header));
        Assert.Equal(
            [
                [1L, "Soliņi", new DateTime(2026, 11, 23, 13, 0, 0), "apstiprināta", null],
                [1L, "Soliņi", new DateTime(2026, 11, 23, 13, 0, 0), "tiek īstenota", "Sāksim pavasarī"],
                [2L, "Parks", new DateTime(2026, 11, 23, 13, 0, 0), "nav pieņemta", "Tur applūst"],
            ],
            history.Rows);

        var cityEvent = Assert.Single(events.Rows);
        Assert.Equal([1L, new DateTime(2026, 12, 5, 18, 0, 0), "Workshop", "Vienības iela 1", "publicēts", 1, 1, 1, 0, 0], cityEvent.Take(10));
    }

    [Fact]
    public async Task ExportCsv_GivesProgramsStableCodesAndIsoDates_InUtf8CommaSeparatedFiles_ThatAParserReadsBack()
    {
        await SeedAsync(Language.En);

        var replies = await chat.Say("/export csv", userId: "1");

        Assert.Equal(["/data/exports/ideas-2026-11-23-1300.csv", "/data/exports/events-2026-11-23-1300.csv"], replies.Select(r => r.DocumentPath));
        Assert.StartsWith("💡 CSV with 2 ideas: UTF-8, values separated by commas (,)", replies[0].Text, StringComparison.Ordinal);
        var ideas = Parse(files["ideas-2026-11-23-1300.csv"]);
        Assert.Equal(Encoding.UTF8.GetPreamble(), files["ideas-2026-11-23-1300.csv"][..3]);
        Assert.Equal(
            ["id", "submitted", "status", "status_changed", "theme", "title", "description", "comment", "supports", "reports", "hidden", "ready_for_council", "author_channel", "author_language", "latitude", "longitude", "place", "district", "council_decision", "council_answer"],
            ideas[0]);
        Assert.Equal(["1", "2026-11-23T12:00:00+02:00", "InProgress", "2026-11-23T13:00:00+02:00", "parks", "Soliņi", "Description of Soliņi", "Sāksim pavasarī", "1", "0", "false", "", "Telegram", "ru", "", "", "", "", "", ""], ideas[1]);
        Assert.Equal(["55.875", "26.536", ""], ideas[2][14..17]);
        Assert.Equal("'=HYPERLINK(\"evil\"), Скамейки\nу реки", ideas[2][6]);
        Assert.Equal(3, ideas.Count);

        var events = Parse(files["events-2026-11-23-1300.csv"]);
        Assert.Equal(["id", "starts", "title", "place", "status", "capacity", "going", "waiting", "maybe", "not_going", "description", "created"], events[0]);
        Assert.Equal(["1", "2026-12-05T18:00:00+02:00", "Workshop", "Vienības iela 1", "Published", "1", "1", "1", "0", "0", "Let’s talk.", "2026-11-23T13:00:00+02:00"], events[1]);
    }

    [Fact]
    public void Csv_WritesNegativeNumbersAsNumbers_AndStillDefusesTextThatLooksLikeAFormula()
    {
        var table = new Table(
            "places",
            [new Column("name", CellKind.Text, 20), new Column("longitude", CellKind.Number, 10), new Column("count", CellKind.Number, 10)],
            [["-cmd", -3.704, -2], ["=1+1", 26.536, 0], ["-3.704", "-5", null]]);

        var rows = Parse(Csv.Write(table));

        Assert.Equal(["'-cmd", "-3.704", "-2"], rows[1]);
        Assert.Equal(["'=1+1", "26.536", "0"], rows[2]);
        // Text stays text, even where it looks like a number or sits in a number column.
        Assert.Equal(["'-3.704", "'-5", ""], rows[3]);
    }

    [Theory]
    [MemberData(nameof(SpreadsheetSeparators))]
    public async Task ExportCsv_OfAnIdeaTitledWithASemicolonBeforeAFormula_HasNoFormulaCell_WhicheverSeparatorASpreadsheetUses(char separator)
    {
        await chat.Onboard(Language.En, userId: "1");
        await chat.Onboard(Language.Lv, userId: "42");
        await chat.SubmitIdea("Bench;=1+2;", userId: "42");

        await chat.Say("/export csv", userId: "1");

        var csv = files.Single(file => file.Key.StartsWith("ideas-", StringComparison.Ordinal)).Value;
        AssertNoFormulaCell(csv, separator);
        // Read as RFC 4180 says, the title is all in one cell, with the formula defused.
        Assert.Equal("Bench;'=1+2;", Parse(csv)[1][5]);
    }

    [Theory]
    [MemberData(nameof(SpreadsheetSeparators))]
    public void Csv_LeavesNoCellStartingAFormula_WhicheverSeparatorASpreadsheetSplitsOn(char separator)
    {
        string[] texts =
        [
            "Bench;=1+2;", "Bench;+1", "a;-2", "x;@SUM(A1)", "a,=1+2", "a, -1+2", "Plan\n=1+2", "Plan\n- first", "; =1+2",
            ";\"=1+2;", "\";=1+2", "\"=1+2\"", "\"\"\"=1", " =1+2", "=1+2", "-cmd", "@here", "a\t=1+2", "a\r=1+2", "Bench by the river",
        ];
        var places = new Table(
            "places",
            [new Column("name", CellKind.Text, 20), new Column("longitude", CellKind.Number, 10), new Column("note", CellKind.Text, 20)],
            [.. texts.Select(text => (IReadOnlyList<object?>)[text, -3.704, text])]);
        // A number opening a line runs, for a reader splitting on ";", into the next cells: "-5,25+…" is a formula.
        var counts = new Table(
            "counts",
            [new Column("count", CellKind.Number, 10), new Column("note", CellKind.Text, 20)],
            [[-5, "25+cmd|' /C calc'!A0"], [7, "x"]]);

        AssertNoFormulaCell(Csv.Write(places), separator);
        AssertNoFormulaCell(Csv.Write(counts), separator);
    }

    [Fact]
    public void Csv_DefusesOnlyWhereAPieceCouldStart_AndKeepsNumbersInNumberColumnsAsNumbers()
    {
        var table = new Table(
            "places",
            [new Column("name", CellKind.Text, 20), new Column("longitude", CellKind.Number, 10)],
            [["Bench;=1+2;", -3.704], ["Plan\n- first\n- second", 26.536], ["a - b = c", -0.5], ["x;\"=1", double.NegativeInfinity]]);

        var rows = Parse(Csv.Write(table));

        Assert.Equal(["Bench;'=1+2;", "-3.704"], rows[1]);
        Assert.Equal(["Plan\n'- first\n'- second", "26.536"], rows[2]);
        Assert.Equal(["a - b = c", "-0.5"], rows[3]);
        // Not a number a spreadsheet could read: text, defused.
        Assert.Equal(["x;\"'=1", "'-Infinity"], rows[4]);
    }

    [Fact]
    public async Task Export_WithNothingYet_SaysSo()
    {
        await chat.Onboard(Language.En, userId: "1");

        Assert.Equal("There are no ideas or events to export yet.", Assert.Single(await chat.Say("/export", userId: "1")).Text);
        await chat.Exports.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default);
    }

    [Theory]
    [InlineData("lv")]
    [InlineData("ru")]
    [InlineData("en")]
    public void EveryColumnAndSheet_HasANameInEveryLanguage(string language)
    {
        var headers = Phrasebook.For(language).ExportHeaders;

        Assert.All(ExportTables.Keys, key => Assert.False(string.IsNullOrWhiteSpace(headers.GetValueOrDefault(key)), $"{language}: {key}"));
        Assert.All(headers.Keys, key => Assert.Contains(key, ExportTables.Keys));
    }

    /// <summary>A Russian resident's approved idea with a comment, one with a formula in it rejected with a reason, a full event with one in line.</summary>
    private async Task SeedAsync(Language coordinator)
    {
        await chat.Onboard(coordinator, userId: "1");
        await chat.Onboard(Language.Ru, userId: "43");
        await chat.Onboard(Language.Lv, userId: "42");
        await chat.SubmitIdea("Soliņi", userId: "43");
        await chat.Say("/idea", userId: "42");
        await chat.Say("Parks", userId: "42");
        await chat.Say("=HYPERLINK(\"evil\"), Скамейки\nу реки", userId: "42");
        await chat.Press("idea:theme:parks", userId: "42");
        await chat.Press("idea:skip", userId: "42");
        var preview = await chat.Say("55.87472, 26.53611", userId: "42");
        await chat.Press(preview[^1].Payloads().Single(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)), userId: "42");

        chat.Clock.Advance(TimeSpan.FromHours(1));
        await chat.Press("mod:ok:1", userId: "1");
        await chat.Press("mod:no:2", userId: "1");
        await chat.Say("Tur applūst", userId: "1");
        await chat.Press("vote:up:1", userId: "42");
        await chat.Press("mod:wip:1", userId: "1");
        await chat.Say("Sāksim pavasarī", userId: "1");

        await chat.Say("/newevent", "1");
        await chat.Say("Workshop", "1");
        await chat.Say("05.12.2026 18:00", "1");
        await chat.Say("Vienības iela 1", "1");
        await chat.Say("Let’s talk.", "1");
        await chat.Press((await chat.Say("1", "1"))[^1].Payloads().First(), "1");
        await chat.Press("rsvp:go:1", "42");
        await chat.Press("rsvp:go:1", "43");
    }

    public static TheoryData<char> SpreadsheetSeparators => new([',', ';', '\t']);

    /// <summary>
    /// No cell a spreadsheet splitting on <paramref name="separator"/> would show starts a formula, also after spaces,
    /// tabs or line breaks a program may trim; a number aside.
    /// </summary>
    private static void AssertNoFormulaCell(byte[] csv, char separator)
    {
        foreach (var cell in SpreadsheetCells(csv, separator))
        {
            var start = cell.TrimStart();
            Assert.False(
                start.Length > 0 && start[0] is '=' or '+' or '-' or '@' && !Number().IsMatch(start),
                $"Read with '{separator}', a cell starts a formula: {cell}");
        }
    }

    /// <summary>
    /// The cells of a CSV file as Excel shows them when its list separator is <paramref name="separator"/> (";" on Latvian
    /// and Russian Windows): a cell that begins with a quote runs to the closing quote (two quotes are one), and what
    /// follows it up to the separator is added as it is; a quote anywhere else is an ordinary character; lines end a row
    /// outside quotes.
    /// </summary>
    private static List<string> SpreadsheetCells(byte[] csv, char separator)
    {
        var text = new StreamReader(new MemoryStream(csv), Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
        var cells = new List<string>();
        var i = 0;
        while (i <= text.Length)
        {
            var cell = new StringBuilder();
            if (i < text.Length && text[i] == '"')
            {
                for (i++; i < text.Length; i++)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i++;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(text[i]);
                }
            }

            for (; i < text.Length && text[i] != separator && text[i] is not ('\r' or '\n'); i++)
            {
                cell.Append(text[i]);
            }

            cells.Add(cell.ToString());
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            i++;
        }

        return cells;
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?(E[-+]?[0-9]+)?$")]
    private static partial Regex Number();

    private static List<string[]> Parse(byte[] csv)
    {
        using var parser = new TextFieldParser(new MemoryStream(csv), Encoding.UTF8, detectEncoding: true)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
