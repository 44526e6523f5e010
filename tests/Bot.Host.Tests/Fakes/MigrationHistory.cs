using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>A database's migration history, made to say what a database of the migrations before the fold says.</summary>
public static class MigrationHistory
{
    /// <summary>The history lists these migrations, and not the ones this build has.</summary>
    public static async Task RewriteAsync(BotDbContext db, params string[] ids)
    {
        var history = db.GetService<IHistoryRepository>();
        var script = string.Concat(db.Database.GetMigrations().Select(history.GetDeleteScript))
            + string.Concat(ids.Select(id => history.GetInsertScript(new HistoryRow(id, "10.0.0"))));
        await db.Database.ExecuteSqlRawAsync(script);
    }
}
