using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>What the privacy notice states, in one language: filled from the settings, escaped for markup.</summary>
public sealed record PrivacyFacts(
    string Organisation,
    string ControllerContact,
    string DpoContact,
    string DpoEmail,
    string SupervisoryAuthority,
    string Processor,
    int MinimumAge,
    int RetentionDays,
    int InactiveMonths)
{
    /// <summary>
    /// Which version of the sentences that differ by app a reader on this channel is given: each is a key of
    /// texts/privacy with a text per version ("Phone": "Default", "WhatsApp"). On WhatsApp the account and chat id
    /// are the person's phone number and Meta alone carries the messages; on the other apps the ids are the app's
    /// own and the phone number is never kept.
    /// </summary>
    public static string VersionFor(ChannelKind reader) => reader == ChannelKind.WhatsApp ? "WhatsApp" : "Default";
}
