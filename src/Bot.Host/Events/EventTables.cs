using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<CityEvent>
{
    public void Configure(EntityTypeBuilder<CityEvent> cityEvent)
    {
        cityEvent.HasKey(e => e.Id);
        cityEvent.Property(e => e.Title).HasMaxLength(1000);
        cityEvent.Property(e => e.Place).HasMaxLength(2000);
        cityEvent.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        cityEvent.Property(e => e.Version).IsConcurrencyToken();
        cityEvent.HasIndex(e => new { e.Status, e.StartsAt });
        cityEvent.HasOne<Member>().WithMany().HasForeignKey(e => e.CreatedBy).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RsvpConfiguration : IEntityTypeConfiguration<Rsvp>
{
    public void Configure(EntityTypeBuilder<Rsvp> rsvp)
    {
        rsvp.HasKey(r => new { r.EventId, r.MemberId });
        rsvp.Property(r => r.Answer).HasConversion<string>().HasMaxLength(16);
        rsvp.HasOne<CityEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        rsvp.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        rsvp.HasIndex(r => new { r.EventId, r.Answer, r.Waitlisted, r.AnsweredAt });
    }
}

internal sealed class EventReminderConfiguration : IEntityTypeConfiguration<EventReminder>
{
    public void Configure(EntityTypeBuilder<EventReminder> reminder)
    {
        // The key is the guarantee: one reminder of a kind per person, event and start time.
        reminder.HasKey(r => new { r.EventId, r.MemberId, r.Kind, r.EventStartsAt });
        reminder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        reminder.HasOne<CityEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        reminder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A person's answers to events and the reminders sent to them; the events they created stay, unlinked.</summary>
internal sealed class EventsPersonalData(BotDbContext db) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(CityEvent), typeof(Rsvp), typeof(EventReminder)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct)
    {
        var answers = await db.Rsvps.AsNoTracking().Where(r => r.MemberId == member.Id)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new PersonalData.RsvpData(e.Id, e.Title, r.Answer.ToString(), r.Waitlisted, r.AnsweredAt))
            .ToListAsync(ct);
        data.Add("eventAnswers", answers.OrderBy(a => a.EventNumber).ToList());
        data.Add("remindersSent", await db.EventReminders.AsNoTracking().Where(r => r.MemberId == member.Id).OrderBy(r => r.SentAt)
            .Select(r => new PersonalData.ReminderData(r.EventId, r.Kind.ToString(), r.SentAt)).ToListAsync(ct));
    }

    public async Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        // Through the change tracker: the answers just looked at to free places are tracked in this unit of work.
        db.EventReminders.RemoveRange(await db.EventReminders.Where(r => r.MemberId == member.Id).ToListAsync(ct));
        db.Rsvps.RemoveRange(await db.Rsvps.Where(r => r.MemberId == member.Id).ToListAsync(ct));
        await db.Events.Where(e => e.CreatedBy == member.Id).ExecuteUpdateAsync(e => e.SetProperty(x => x.CreatedBy, (long?)null), ct);
    }
}
