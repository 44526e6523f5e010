using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using GenYCity.Bot.Host.Delivery;

namespace GenYCity.Bot.Host.Persistence;

public sealed class BotDbContext(DbContextOptions<BotDbContext> options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<ProcessedUpdate> ProcessedUpdates => Set<ProcessedUpdate>();

    public DbSet<OutboxRow> Deliveries => Set<OutboxRow>();

    public DbSet<Idea> Ideas => Set<Idea>();

    public DbSet<IdeaStatusChange> IdeaStatusChanges => Set<IdeaStatusChange>();

    public DbSet<IdeaSupport> IdeaSupports => Set<IdeaSupport>();

    public DbSet<IdeaReport> IdeaReports => Set<IdeaReport>();

    public DbSet<CityEvent> Events => Set<CityEvent>();

    public DbSet<Rsvp> Rsvps => Set<Rsvp>();

    public DbSet<EventReminder> EventReminders => Set<EventReminder>();

    public DbSet<Broadcast> Broadcasts => Set<Broadcast>();

    public DbSet<DigestIssue> DigestIssues => Set<DigestIssue>();

    public DbSet<Delivery.ChannelLease> ChannelLeases => Set<Delivery.ChannelLease>();

    public DbSet<Health.HealthProbe> HealthProbes => Set<Health.HealthProbe>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type and EF Core will not compare or order DateTimeOffset stored as text,
        // so instants are stored as UTC Unix milliseconds: ordered, comparable and exact enough.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        configurationBuilder.Properties<ChannelKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Language>().HaveConversion<LanguageCodeConverter>().HaveMaxLength(2);
    }

    private sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.ToUnixTimeMilliseconds(),
        stored => DateTimeOffset.FromUnixTimeMilliseconds(stored));

    private sealed class LanguageCodeConverter() : ValueConverter<Language, string>(
        value => value.Code(),
        stored => Languages.ParseOr(stored, Language.En));
}
