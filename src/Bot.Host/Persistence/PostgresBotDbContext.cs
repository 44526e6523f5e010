using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// The bot's tables on PostgreSQL, with PostgreSQL's own migrations. Instants are timestamptz, always
/// written in UTC (Npgsql writes no other offset); the payloads (drafts, messages, broadcasts' content)
/// stay text, read and written whole, never queried; text compares exactly, as on SQLite.
/// </summary>
public sealed class PostgresBotDbContext(DbContextOptions<PostgresBotDbContext> options) : BotDbContext(options)
{
    protected override void ConfigureInstants(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(),
        stored => stored);
}
