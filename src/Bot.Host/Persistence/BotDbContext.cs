using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>The bot's tables. This type, on SQLite, carries the SQLite migrations; <see cref="PostgresBotDbContext"/> PostgreSQL's.</summary>
public class BotDbContext : DbContext, Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    public BotDbContext(DbContextOptions<BotDbContext> options)
        : base(options)
    {
    }

    protected BotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>
    /// While lent to the pieces of a batch (<see cref="BatchContext"/>), a piece's scope ending only forgets
    /// what the piece tracked; the context itself is disposed by the batch that owns it.
    /// </summary>
    internal bool Lent { get; set; }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA1816", Justification = "Disposing is DbContext's own, called as it is; a lent context is not disposed at all.")]
    public override void Dispose()
    {
        if (Lent)
        {
            ChangeTracker.Clear();
            return;
        }

        base.Dispose();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA1816", Justification = "Disposing is DbContext's own, called as it is; a lent context is not disposed at all.")]
    public override ValueTask DisposeAsync()
    {
        if (Lent)
        {
            ChangeTracker.Clear();
            return ValueTask.CompletedTask;
        }

        return base.DisposeAsync();
    }

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<ProcessedUpdate> ProcessedUpdates => Set<ProcessedUpdate>();

    public DbSet<FloodWindow> FloodWindows => Set<FloodWindow>();

    public DbSet<ErasedChat> ErasedChats => Set<ErasedChat>();

    public DbSet<OutboxRow> Deliveries => Set<OutboxRow>();

    public DbSet<Idea> Ideas => Set<Idea>();

    public DbSet<IdeaStatusChange> IdeaStatusChanges => Set<IdeaStatusChange>();

    public DbSet<IdeaSupport> IdeaSupports => Set<IdeaSupport>();

    public DbSet<IdeaReport> IdeaReports => Set<IdeaReport>();

    public DbSet<IdeaFollow> IdeaFollows => Set<IdeaFollow>();

    public DbSet<IdeaNews> IdeaNews => Set<IdeaNews>();

    public DbSet<CityEvent> Events => Set<CityEvent>();

    public DbSet<Rsvp> Rsvps => Set<Rsvp>();

    public DbSet<EventReminder> EventReminders => Set<EventReminder>();

    public DbSet<Broadcast> Broadcasts => Set<Broadcast>();

    public DbSet<Domain.Dashboard.DashboardLink> DashboardLinks => Set<Domain.Dashboard.DashboardLink>();

    public DbSet<Dashboard.DashboardUpload> DashboardUploads => Set<Dashboard.DashboardUpload>();

    public DbSet<Dashboard.DashboardSession> DashboardSessions => Set<Dashboard.DashboardSession>();

    /// <summary>The keys that protect the dashboard's cookies and forms, shared by every instance of the bot.</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    public DbSet<Domain.Polls.Poll> Polls => Set<Domain.Polls.Poll>();

    public DbSet<Domain.Polls.PollVote> PollVotes => Set<Domain.Polls.PollVote>();

    public DbSet<Domain.Polls.PollMessage> PollMessages => Set<Domain.Polls.PollMessage>();

    public DbSet<DigestIssue> DigestIssues => Set<DigestIssue>();

    public DbSet<Delivery.ChannelLease> ChannelLeases => Set<Delivery.ChannelLease>();

    public DbSet<Health.HealthProbe> HealthProbes => Set<Health.HealthProbe>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ConfigureInstants(configurationBuilder);
        configurationBuilder.Properties<ChannelKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Language>().HaveConversion<LanguageCodeConverter>().HaveMaxLength(2);
        configurationBuilder.Properties<AudienceKind>().HaveConversion<AudienceNameConverter>();
    }

    /// <summary>
    /// SQLite has no date type and EF Core will not compare or order DateTimeOffset stored as text, so
    /// instants are stored as UTC Unix milliseconds: ordered, comparable and exact enough.
    /// </summary>
    protected virtual void ConfigureInstants(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();

    private sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.ToUnixTimeMilliseconds(),
        stored => DateTimeOffset.FromUnixTimeMilliseconds(stored));

    private sealed class AudienceNameConverter() : ValueConverter<AudienceKind, string>(
        value => value.Name,
        stored => new AudienceKind(stored));

    private sealed class LanguageCodeConverter() : ValueConverter<Language, string>(
        value => value.Code,
        stored => Languages.Stored(stored));
}
