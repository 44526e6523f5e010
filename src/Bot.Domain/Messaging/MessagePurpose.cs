namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// Why a message is sent, for platform policies: Messenger lets a Page write outside the 24-hour window
/// only with a tag, and CONFIRMED_EVENT_UPDATE only for reminders of events the person signed up for.
/// </summary>
public enum MessagePurpose
{
    General = 0,

    /// <summary>A reminder of an event the person answered Going or Maybe to.</summary>
    ConfirmedEventReminder = 1,

    /// <summary>A notice about the person's own account: that a silent account is about to be erased.</summary>
    AccountUpdate = 2,
}
