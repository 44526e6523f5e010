namespace GenYCity.Bot.Domain.Events;

/// <summary>One person's answer to one event; a Going past the capacity waits in line.</summary>
public sealed class Rsvp
{
    private Rsvp()
    {
    }

    public long EventId { get; private set; }

    public long MemberId { get; private set; }

    public RsvpAnswer Answer { get; private set; }

    public bool Waitlisted { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    /// <summary>Going and holding a place.</summary>
    public bool HasPlace => Answer == RsvpAnswer.Going && !Waitlisted;

    public static Rsvp Create(long eventId, long memberId, RsvpAnswer answer, bool waitlisted, DateTimeOffset now) => new()
    {
        EventId = eventId,
        MemberId = memberId,
        Answer = answer,
        Waitlisted = waitlisted,
        AnsweredAt = now,
    };

    public void Change(RsvpAnswer answer, bool waitlisted, DateTimeOffset now)
    {
        Answer = answer;
        Waitlisted = waitlisted;
        AnsweredAt = now;
    }

    public void Promote() => Waitlisted = false;
}
