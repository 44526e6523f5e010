using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Tests;

public sealed partial class MessageSplitterTests
{
    [Fact]
    public void AShortText_IsOnePiece() => Assert.Equal(["hello"], MessageSplitter.Split("hello", 100));

    [Theory]
    [InlineData(4096)]
    [InlineData(2000)]
    [InlineData(200)]
    public void ALongText_SplitsAtLines_WithEveryPieceWithinTheLimit_AndNothingLost(int limit)
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"#{i} <b>Idea {i}</b> — Ж&amp;ž {new string('x', i % 50)}");
        var text = string.Join('\n', lines);

        var pieces = MessageSplitter.Split(text, limit);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, limit));
        Assert.All(pieces, p => Assert.True(Balanced(p), p));
        Assert.Equal(Words(text), Words(string.Join(' ', pieces)));
    }

    [Fact]
    public void ABoldRunLongerThanAPiece_IsClosedAndReopenedAcrossTheCut()
    {
        var text = "<b>" + string.Join(' ', Enumerable.Repeat("word", 100)) + "</b> end";

        var pieces = MessageSplitter.Split(text, 100);

        Assert.All(pieces, p => Assert.True(Balanced(p), p));
        Assert.StartsWith("<b>", pieces[1], StringComparison.Ordinal);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 100));
    }

    [Fact]
    public void AHardCut_NeverSplitsAnEntityOrAnEmoji()
    {
        var text = string.Concat(Enumerable.Repeat("&amp;😀", 200));

        var pieces = MessageSplitter.Split(text, 100);

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p => Assert.DoesNotMatch("&(?!amp;)|&a?m?p?$", p));
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1]), "a piece ends inside an emoji"));
    }

    private static bool Balanced(string piece)
    {
        var depth = new Dictionary<string, int> { ["b"] = 0, ["i"] = 0 };
        foreach (Match tag in Tag().Matches(piece))
        {
            depth[tag.Groups[2].Value] += tag.Groups[1].Value == "/" ? -1 : 1;
            if (depth[tag.Groups[2].Value] < 0)
            {
                return false;
            }
        }

        return depth.Values.All(d => d == 0);
    }

    private static string Words(string text) =>
        string.Join(' ', Tag().Replace(text, string.Empty).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("<(/?)(b|i)>")]
    private static partial Regex Tag();
}
