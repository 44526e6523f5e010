using System.Text;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using Microsoft.VisualBasic.FileIO;
using NSubstitute;

namespace GenYCity.Bot.Domain.Tests;

public sealed class ExportTests
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Export_WritesEveryIdeaAsCsv_ThatAParserReadsBackWithLatvianAndCyrillicIntact()
    {
        byte[]? written = null;
        chat.Exports.SaveAsync(default!, default!, default)
            .ReturnsForAnyArgs(call =>
            {
                written = call.Arg<byte[]>();
                return "/data/exports/" + call.Arg<string>();
            });
        await chat.Onboard(Language.En, userId: "1");
        await chat.Onboard(Language.Lv);
        await chat.SubmitIdea("Soliņi pie Daugavas, \"Ziemeļu\" daļā");
        await chat.Onboard(Language.Ru, userId: "43");
        await chat.SubmitIdea("=HYPERLINK(\"evil\") Скамейки\nу реки", userId: "43");
        await chat.Press("mod:ok:1", userId: "1");
        await chat.Press("vote:up:1", userId: "43");

        var reply = Assert.Single(await chat.Say("/export", userId: "1"));

        Assert.Equal("📄 All ideas as CSV (2).", reply.Text);
        Assert.Equal("/data/exports/ideas-2026-11-23-1200.csv", reply.DocumentPath);
        Assert.Equal(Encoding.UTF8.GetPreamble(), written![..3]);
        var rows = Parse(written);
        Assert.Equal(IdeaCsv.Columns, rows[0]);
        Assert.Equal(["1", "2026-11-23 12:00", "Approved", "Parks", "Soliņi pie Daugavas, \"Ziemeļu\" daļā", "Description of Soliņi pie Daugavas, \"Ziemeļu\" daļā", "1", "0", "no", "Telegram", "lv"], rows[1]);
        Assert.Equal("'=HYPERLINK(\"evil\") Скамейки\nу реки", rows[2][4]);
        Assert.Equal(("Submitted", "ru"), (rows[2][2], rows[2][10]));
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task Export_WithNoIdeas_SaysSo()
    {
        await chat.Onboard(Language.En, userId: "1");

        Assert.Equal("There are no ideas to export yet.", Assert.Single(await chat.Say("/export", userId: "1")).Text);
        await chat.Exports.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default);
    }

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
