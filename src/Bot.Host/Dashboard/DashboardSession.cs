using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// A coordinator's signed-in session, kept on the server: the cookie carries its random token (only the
/// token's SHA-256 hash is kept here) and every page checks it, so signing out ends the session wherever the
/// cookie was copied, not only in the browser that pressed Sign out.
/// </summary>
public sealed class DashboardSession
{
    private DashboardSession()
    {
        TokenHash = string.Empty;
    }

    public long Id { get; private set; }

    public string TokenHash { get; private set; }

    public long MemberId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the coordinator signed out; null while it lasts.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>A new session, and its token for the cookie, which is not stored.</summary>
    public static (DashboardSession Session, string Token) Start(long memberId, DateTimeOffset now, TimeSpan lifetime)
    {
        var token = DashboardLink.NewToken();
        return (new DashboardSession { TokenHash = DashboardLink.Hash(token), MemberId = memberId, StartedAt = now, ExpiresAt = now + lifetime }, token);
    }

    /// <summary>Whether the session still holds for this member: not signed out, not expired.</summary>
    public bool HoldsFor(long memberId, DateTimeOffset now) => MemberId == memberId && EndedAt is null && now < ExpiresAt;
}

internal sealed class DashboardSessionConfiguration : IEntityTypeConfiguration<DashboardSession>
{
    public void Configure(EntityTypeBuilder<DashboardSession> session)
    {
        session.HasKey(s => s.Id);
        session.Property(s => s.TokenHash).HasMaxLength(64);
        session.HasIndex(s => s.TokenHash).IsUnique();
        session.HasIndex(s => s.ExpiresAt);
        session.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
