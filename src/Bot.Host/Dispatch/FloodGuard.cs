using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using GenYCity.Bot.Domain.Messaging;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>The "Abuse" section: how many messages from one person are too many.</summary>
public sealed class AbuseOptions
{
    public const string SectionName = "Abuse";

    [Range(1, 1000, ErrorMessage = "Abuse:MaxMessages must be between 1 and 1000.")]
    public int MaxMessages { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Abuse:Window must be between 00:00:01 and 01:00:00.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a person who flooded is ignored after the one warning.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Abuse:MuteFor must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan MuteFor { get; set; } = TimeSpan.FromMinutes(1);
}

public enum FloodVerdict
{
    Allow,

    /// <summary>Just went over the limit: one polite warning, then quiet.</summary>
    Warn,

    Ignore,
}

/// <summary>
/// Counts each person's messages in a window kept in the database, so the instances sharing one count a
/// person's messages together. Over the limit, the person gets one warning and is ignored for a while: the
/// one statement that counts a message also mutes its sender when it is the one too many, so of messages
/// arriving at two instances at once only one is warned about (while ignored, the count goes on past the
/// limit, so no later message is taken for the one too many). When the pause is over the count starts
/// afresh: one who floods again is warned again. A database that cannot count lets the
/// message through; flood control is never why someone goes unanswered.
/// </summary>
public sealed class FloodGuard(IServiceScopeFactory scopes, IOptions<AbuseOptions> options, TimeProvider clock, ILogger<FloodGuard> logger)
{
    public async Task<FloodVerdict> CheckAsync(InboundMessage message, CancellationToken ct)
    {
        if (message.Kind is InboundKind.BotBlocked or InboundKind.BotUnblocked)
        {
            return FloodVerdict.Allow;
        }

        var limits = options.Value;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var muteUntil = now + (long)limits.MuteFor.TotalMilliseconds;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Persistence.BotDbContext>();
            var counted = await db.Database.SqlQueryRaw<FloodCount>(
                """
                INSERT INTO "FloodWindows" ("Person", "WindowStart", "Count", "MutedUntil") VALUES ({0}, {1}, 1, NULL)
                ON CONFLICT ("Person") DO UPDATE SET
                    "WindowStart" = CASE WHEN "FloodWindows"."MutedUntil" > {1} THEN "FloodWindows"."WindowStart" WHEN ("FloodWindows"."WindowStart" <= {1} - {2} OR "FloodWindows"."MutedUntil" <= {1}) THEN {1} ELSE "FloodWindows"."WindowStart" END,
                    "Count" = CASE WHEN "FloodWindows"."MutedUntil" > {1} THEN "FloodWindows"."Count" + 1 WHEN ("FloodWindows"."WindowStart" <= {1} - {2} OR "FloodWindows"."MutedUntil" <= {1}) THEN 1 ELSE "FloodWindows"."Count" + 1 END,
                    "MutedUntil" = CASE WHEN "FloodWindows"."MutedUntil" > {1} THEN "FloodWindows"."MutedUntil" WHEN ("FloodWindows"."WindowStart" <= {1} - {2} OR "FloodWindows"."MutedUntil" <= {1}) THEN NULL WHEN "FloodWindows"."Count" + 1 > {3} THEN {4} ELSE NULL END
                RETURNING "Count" AS "Count", "MutedUntil" AS "MutedUntil"
                """,
                ProcessedUpdate.SenderOf(message.Channel, message.UserId), now, (long)limits.Window.TotalMilliseconds, limits.MaxMessages, muteUntil).ToListAsync(ct);
            // The one too many is the message this statement muted its sender with.
            return counted.Single() switch
            {
                { MutedUntil: { } until, Count: var count } when until == muteUntil && count == limits.MaxMessages + 1 => FloodVerdict.Warn,
                { MutedUntil: { } until } when until > now => FloodVerdict.Ignore,
                _ => FloodVerdict.Allow,
            };
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogWarning("Counting a message for flood control failed ({Error}); letting it through", ex.GetType().Name);
            return FloodVerdict.Allow;
        }
    }

    private sealed class FloodCount
    {
        public int Count { get; init; }

        public long? MutedUntil { get; init; }
    }
}

/// <summary>One person's message count in the current window, and until when they are ignored.</summary>
public sealed class FloodWindow
{
    private FloodWindow()
    {
        Person = string.Empty;
    }

    /// <summary>"Telegram:3001", as <see cref="ProcessedUpdate.SenderOf"/> names a sender.</summary>
    public string Person { get; private set; }

    /// <summary>Unix milliseconds: when the current window began.</summary>
    public long WindowStart { get; private set; }

    public int Count { get; private set; }

    /// <summary>Unix milliseconds, while the person is ignored after the warning.</summary>
    public long? MutedUntil { get; private set; }
}

internal sealed class FloodWindowConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<FloodWindow>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<FloodWindow> window)
    {
        window.HasKey(w => w.Person);
        window.Property(w => w.Person).HasMaxLength(160);
        window.HasIndex(w => w.WindowStart);
    }
}
