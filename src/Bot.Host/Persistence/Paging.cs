using GenYCity.Bot.Domain.Ideas;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>One page of a list: the number asked for, kept within the pages there are.</summary>
internal static class Paging
{
    public static async Task<Page<T>> PageAsync<T>(IQueryable<T> items, Func<IQueryable<T>, IQueryable<T>> order, int page, int pageSize, CancellationToken ct)
    {
        var total = await items.CountAsync(ct);
        var count = Math.Max(1, (total + pageSize - 1) / pageSize);
        var number = Math.Clamp(page, 1, count);
        var shown = await order(items).Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<T>(shown, number, count, total);
    }
}
