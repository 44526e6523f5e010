using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using GenYCity.Bot.Host.Ideas;
using GenYCity.Bot.Host.Polls;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The EF Core idea repository on a real SQLite file.</summary>
public abstract class IdeaStoreSuite : IAsyncLifetime
{
    protected abstract DatabaseProvider Provider { get; }

    private TestDatabase database = null!;
    private ServiceProvider store = null!;
    private long authorId;
    private long otherId;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.OfAsync(Provider);
        store = await StoreServices.CreateAsync(database);
        (authorId, otherId) = await store.InScopeAsync(async db =>
        {
            var members = new MemberRepository(db);
            var author = new Member(ChannelKind.Telegram, "1", "1", Language.Lv, StoreServices.Start);
            var other = new Member(ChannelKind.Telegram, "2", "2", Language.En, StoreServices.Start);
            await members.AddAsync(author, CancellationToken.None);
            await members.AddAsync(other, CancellationToken.None);
            return (author.Id, other.Id);
        });
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task AddingAnIdea_NumbersIt_InsideTheTransaction_AndRollbackLeavesNothing()
    {
        await store.InScopeAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var idea = await AddAsync(db, "Benches", "k1");
            Assert.Equal(1, idea.Id);
            await transaction.RollbackAsync();
        });

        Assert.Equal(0, await store.InScopeAsync(db => db.Ideas.CountAsync()));
    }

    [Fact]
    public async Task TheSameSubmissionKey_CannotMakeTwoIdeas()
    {
        await store.InScopeAsync(db => AddAsync(db, "Benches", "same"));

        await Assert.ThrowsAsync<DbUpdateException>(() => store.InScopeAsync(db => AddAsync(db, "Benches again", "same")));
    }

    [Fact]
    public async Task PublicIdeas_AreTheApprovedNotHiddenOnes_MostSupportedFirst_InPages()
    {
        await store.InScopeAsync(async db =>
        {
            var now = StoreServices.Start;
            var low = await AddAsync(db, "Low", "a");
            var high = await AddAsync(db, "High", "b");
            var hidden = await AddAsync(db, "Hidden", "c");
            await AddAsync(db, "Waiting", "d");
            var done = await AddAsync(db, "Done", "e");
            foreach (var idea in new[] { low, high, hidden, done })
            {
                idea.MoveTo(IdeaStatus.Approved, null, null, now);
            }

            done.MoveTo(IdeaStatus.Implemented, "built", null, now);
            high.AddSupport();
            high.AddSupport();
            done.AddSupport();
            hidden.AddReport(1);
            await db.SaveChangesAsync();
        });

        var first = await store.InScopeAsync(db => new IdeaRepository(db).ListPublicAsync(new IdeaFilter(), 1, 2, CancellationToken.None));
        var last = await store.InScopeAsync(db => new IdeaRepository(db).ListPublicAsync(new IdeaFilter(), 9, 2, CancellationToken.None));

        Assert.Equal(["High", "Done"], first.Items.Select(i => i.Title));
        Assert.Equal((1, 2, 3), (first.Number, first.Count, first.Total));
        Assert.Equal(["Low"], last.Items.Select(i => i.Title));
        Assert.Equal(2, last.Number);
    }

    [Fact]
    public async Task PublicIdeas_AreOrderedAndFiltered_InTheDatabase_AsTheDomainOrdersThem()
    {
        var ids = await store.InScopeAsync(async db =>
        {
            var ideas = new List<Idea>();
            for (var i = 0; i < 12; i++)
            {
                var idea = await AddAsync(db, $"Idea {i}", $"k{i}");
                idea.MoveTo(IdeaStatus.Approved, null, null, StoreServices.Start);
                idea.At(i % 3 == 0 ? Place.FromPoint(55.87, 26.53) : null, i % 3 == 0 ? "centrs" : null);
                ideas.Add(idea);
            }

            await db.SaveChangesAsync();
            return ideas.Select(i => i.Id).ToList();
        });

        async Task<List<long>> ListAsync(IdeaFilter filter, int page, int size) =>
            (await store.InScopeAsync(db => new IdeaRepository(db).ListPublicAsync(filter, page, size, CancellationToken.None))).Items.Select(i => i.Id).ToList();

        Assert.Equal(ids.OrderByDescending(id => id).Take(5), await ListAsync(new IdeaFilter(IdeaSort.Newest), 1, 5));
        // The shuffle is computed in SQL exactly as the domain computes it, and pages of it never overlap.
        var shuffled = ids.OrderBy(id => IdeaFilter.ShuffleKey(id, 4711)).ThenBy(id => id).ToList();
        var pages = new List<long>();
        for (var page = 1; page <= 3; page++)
        {
            pages.AddRange(await ListAsync(new IdeaFilter(IdeaSort.Shuffled, Seed: 4711), page, 5));
        }

        Assert.Equal(shuffled, pages);
        Assert.NotEqual(ids, pages);
        Assert.NotEqual(pages, [.. (await ListAsync(new IdeaFilter(IdeaSort.Shuffled, Seed: 99), 1, 12))]);
        Assert.Equal(ids.Where((_, i) => i % 3 == 0), await ListAsync(new IdeaFilter(DistrictKey: "centrs"), 1, 12));
        Assert.Empty(await ListAsync(new IdeaFilter(ThemeKey: "culture"), 1, 12));
    }

    [Fact]
    public async Task APollWithTenLongCyrillicAnswers_IsStoredAndReadBack()
    {
        var answers = Enumerable.Range(1, Domain.Polls.Poll.MaxOptions).Select(i => $"{i} " + new string('ж', Domain.Polls.Poll.MaxOptionLength - 3)).ToList();
        var id = await store.InScopeAsync(async db =>
        {
            var poll = Domain.Polls.Poll.Create(new string('Щ', Domain.Polls.Poll.MaxQuestionLength), answers, Domain.Broadcasts.AudienceKind.AnnouncementSubscribers, null, StoreServices.Start.AddDays(1), authorId, StoreServices.Start);
            await new PollRepository(db).AddAsync(poll, CancellationToken.None);
            return poll.Id;
        });

        var stored = await store.InScopeAsync(db => new PollRepository(db).FindAsync(id, CancellationToken.None));

        Assert.Equal(answers, stored!.Options);
    }

    [Fact]
    public async Task StatusHistory_SupportsAndReports_AreStored()
    {
        await store.InScopeAsync(async db =>
        {
            var ideas = new IdeaRepository(db);
            var idea = await AddAsync(db, "Benches", "k");
            idea.MoveTo(IdeaStatus.Approved, null, authorId, StoreServices.Start);
            idea.MoveTo(IdeaStatus.InProgress, "ordered", authorId, StoreServices.Start.AddDays(1));
            ideas.AddSupport(new IdeaSupport(idea.Id, otherId, StoreServices.Start));
            ideas.AddReport(new IdeaReport(idea.Id, otherId, StoreServices.Start, ReportReason.Offensive));
            await db.SaveChangesAsync();
        });

        await store.InScopeAsync(async db =>
        {
            var ideas = new IdeaRepository(db);
            var idea = await db.Ideas.Include(i => i.History).SingleAsync();
            Assert.Equal([(IdeaStatus.Approved, null), (IdeaStatus.InProgress, "ordered")], idea.History.OrderBy(h => h.Id).Select(h => (h.Status, h.Comment)));
            Assert.NotNull(await ideas.FindSupportAsync(idea.Id, otherId, CancellationToken.None));
            Assert.Equal([idea.Id], await ideas.SupportedAmongAsync(otherId, [idea.Id, 99], CancellationToken.None));
            Assert.True(await ideas.HasReportedAsync(idea.Id, otherId, CancellationToken.None));
            Assert.Equal(ReportReason.Offensive, (await ideas.FindReportAsync(idea.Id, otherId, CancellationToken.None))!.Reason);
            Assert.Equal(new Dictionary<ReportReason, int> { [ReportReason.Offensive] = 1 }, await ideas.CountReportReasonsAsync(idea.Id, CancellationToken.None));
            await ideas.ClearReportsAsync(idea.Id, CancellationToken.None);
            Assert.False(await ideas.HasReportedAsync(idea.Id, otherId, CancellationToken.None));
        });
    }

    [Fact]
    public async Task TwoChangesFromTheSameStartingPoint_CannotBothBeSaved()
    {
        await store.InScopeAsync(db => AddAsync(db, "Benches", "k"));
        await using var first = store.CreateAsyncScope();
        await using var second = store.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<BotDbContext>();
        var b = second.ServiceProvider.GetRequiredService<BotDbContext>();
        (await a.Ideas.SingleAsync()).AddSupport();
        (await b.Ideas.SingleAsync()).AddSupport();

        await a.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
        Assert.Equal(1, (await store.InScopeAsync(db => db.Ideas.SingleAsync())).SupportCount);
    }

    [Fact]
    public async Task ForgettingTheAuthor_KeepsThePublishedIdea_WithoutTheLink()
    {
        await store.InScopeAsync(db => AddAsync(db, "Benches", "k"));

        await store.InScopeAsync(async db =>
        {
            db.Members.Remove(await db.Members.SingleAsync(m => m.Id == authorId));
            await db.SaveChangesAsync();
        });

        var idea = await store.InScopeAsync(db => db.Ideas.SingleAsync());
        Assert.Null(idea.AuthorId);
        Assert.Equal("Benches", idea.Title);
    }

    private async Task<Idea> AddAsync(BotDbContext db, string title, string key)
    {
        var author = await db.Members.SingleAsync(m => m.Id == authorId);
        var idea = Idea.Submit(author, title, $"About {title}", "parks", null, key, StoreServices.Start);
        await new IdeaRepository(db).AddAsync(idea, CancellationToken.None);
        return idea;
    }
}

/// <summary>The suite on a SQLite file.</summary>
public sealed class IdeaStoreTests : IdeaStoreSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>The suite on PostgreSQL.</summary>
public sealed class IdeaStoreOnPostgresTests : IdeaStoreSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
