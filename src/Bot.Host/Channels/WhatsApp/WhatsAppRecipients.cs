using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// What the sender must know of a person before it writes: when they last wrote (whether their 24-hour window is open)
/// and their language (the list button's label, the template's language). Read from the database at each send, so
/// every instance sees the window the instance that took the person's message opened. Someone who has just asked to
/// be forgotten has no row any more, but wrote that moment: the bot's last words to them (that it is done) still go.
/// </summary>
internal sealed class WhatsAppRecipients(IServiceScopeFactory scopes, BotOptions bot)
{
    public sealed record Person(DateTimeOffset? LastMessageAt, Language Language);

    public async Task<Person> FindAsync(string chatId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var found = await db.Members.AsNoTracking()
            .Where(m => m.Channel == ChannelKind.WhatsApp && m.ChatId == chatId)
            .Select(m => new { m.LastMessageAt, m.Language })
            .FirstOrDefaultAsync(ct);
        if (found is not null)
        {
            return new Person(found.LastMessageAt, found.Language);
        }

        var erased = await db.ErasedChats.AsNoTracking()
            .Where(e => e.Channel == ChannelKind.WhatsApp && e.ChatId == chatId)
            .Select(e => (DateTimeOffset?)e.ErasedAt)
            .MaxAsync(ct);
        return new Person(erased, bot.FallbackLanguage);
    }
}
