using GenYCity.Bot.Host.Operations;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The move's checksum, by itself: the same rows in any order agree, and a row changed, missing or added, or an
/// instant a millisecond off, does not. Its plan covers every table of the model, principals first.
/// </summary>
public sealed class MoveToPostgresChecksumTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheSameRowsInAnotherOrder_Agree_AndAnyDifference_DoesNot()
    {
        object?[][] rows = [[1L, "Telegram", At], [2L, "Console", At.AddDays(1)], [3L, null, At]];

        var expected = Sum(rows);
        Assert.Equal(expected, Sum([.. rows.Reverse()]));
        Assert.NotEqual(expected, Sum(rows[..2]));
        Assert.NotEqual(expected, Sum([.. rows, rows[0]]));
        Assert.NotEqual(expected, Sum([rows[0], rows[1], [3L, "", At]]));
        Assert.NotEqual(expected, Sum([rows[0], rows[1], [3L, null, At.AddMilliseconds(1)]]));
    }

    [Fact]
    public void ThePlan_HasEveryTable_EachAfterTheTablesItRefersTo()
    {
        var plan = Plan();
        using var postgres = Postgres();
        var tables = postgres.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.ToList();
        Assert.Equal(tables.Select(t => t.Name).Order(), plan.Select(t => t.Name).Order());
        var position = plan.Select((t, i) => (t.Name, i)).ToDictionary(p => p.Name, p => p.i);
        Assert.All(tables.SelectMany(t => t.ForeignKeyConstraints).Where(fk => fk.Table != fk.PrincipalTable), fk =>
            Assert.True(position[fk.PrincipalTable.Name] < position[fk.Table.Name], $"{fk.Table.Name} is copied before {fk.PrincipalTable.Name}, which it refers to"));
        Assert.Contains(plan, t => t.Name == "DataProtectionKeys");
    }

    [Fact]
    public void AStoredValueTheModelReadsAsAnother_IsNamed_AndOneItReadsBackAsStored_IsNot()
    {
        var members = Plan().Single(t => t.Name == "Members").Columns;
        var language = members.Single(c => c.Name == "Language");
        var channel = members.Single(c => c.Name == "Channel");

        Assert.Null(language.Unreadable("lv", out var lv));
        Assert.Equal("lv", Assert.IsType<GenYCity.Bot.Domain.Members.Language>(lv).Code);
        Assert.Equal("holds \"uk\", which this build reads as \"en\"", language.Unreadable("uk", out _));
        Assert.Null(channel.Unreadable("Telegram", out _));
        Assert.StartsWith("holds \"Pigeon\", which this build", channel.Unreadable("Pigeon", out _), StringComparison.Ordinal);
        Assert.Null(language.Unreadable(null, out _));
    }

    [Fact]
    public void TextPostgresCannotHold_IsNamedBeforeItIsWritten()
    {
        var members = Plan().Single(t => t.Name == "Members").Columns;
        var language = members.Single(c => c.Name == "Language");
        var name = members.Single(c => c.Name == "DisplayName");

        Assert.Equal("holds a NUL character, which PostgreSQL's text cannot hold", name.Unfit("a\0b"));
        Assert.Null(name.Unfit("Anna"));
        Assert.Null(name.Unfit(null));
        Assert.Null(language.Unfit(new GenYCity.Bot.Domain.Members.Language("lv")));
        Assert.Equal("holds 3 characters, more than the 2 PostgreSQL's column takes", language.Unfit(new GenYCity.Bot.Domain.Members.Language("ukr")));
    }

    private static string Sum(object?[][] rows)
    {
        var checksum = new Checksum();
        foreach (var row in rows)
        {
            checksum.Add(row);
        }

        return $"{checksum.Rows}:{checksum.Hex}";
    }

    private static IReadOnlyList<TablePlan> Plan()
    {
        using var sqlite = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = Postgres();
        return TablePlan.For(
            sqlite.GetService<IDesignTimeModel>().Model.GetRelationalModel(),
            postgres.GetService<IDesignTimeModel>().Model.GetRelationalModel());
    }

    private static PostgresBotDbContext Postgres() =>
        new(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql("Host=localhost;Database=genycity").Options);
}
