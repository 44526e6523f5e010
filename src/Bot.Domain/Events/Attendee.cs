using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Events;

/// <summary>One answer and the person who gave it, for the coordinators' list of who is coming.</summary>
public sealed record Attendee(Rsvp Answer, Member Member);
