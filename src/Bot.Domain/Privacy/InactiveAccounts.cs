using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>
/// The retention limit for accounts that stay silent (Privacy:InactiveMonths, GDPR Art. 5(1)(e)): a resident who
/// consented and has not written for that many months is told their account will be erased, and it is erased as
/// by /forgetme a month later unless they write meanwhile (writing anything clears the notice). Coordinators are
/// left alone, whether the stored role or the settings (Bot:Coordinators) say so.
/// </summary>
public sealed class InactiveAccounts(
    IMemberRepository members, IPersonalDataStore personalData, Coordinators coordinators, EventTime time, PrivacyOptions options, TimeProvider clock)
{
    /// <summary>How long a notice gives the person to write before the account is erased.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromDays(30);

    /// <summary>At most this many of each in one run, so a run stays short; the next night takes the rest.</summary>
    public const int BatchSize = 500;

    public async Task<(IReadOnlyList<OutboundMessage> Notices, int Erased)> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var erased = 0;
        foreach (var member in await members.ListToldOfInactivityAsync(now - Grace, BatchSize, ct))
        {
            if (coordinators.Contains(member.Channel, member.ExternalId))
            {
                continue;
            }

            await personalData.EraseAsync(member, ct);
            erased++;
        }

        var notices = new List<OutboundMessage>();
        foreach (var member in await members.ListSilentAsync(now.AddMonths(-options.InactiveMonths), BatchSize, ct))
        {
            // Named in Bot:Coordinators, even before the stored role catches up (it does when they write or sign in).
            if (coordinators.Contains(member.Channel, member.ExternalId))
            {
                continue;
            }

            member.ToldOfInactivity(now);
            var text = Phrasebook.For(member.Language).InactivityNotice(options.InactiveMonths, time.Moment(now + Grace));
            notices.Add(new OutboundMessage(new Recipient(member.Channel, member.ChatId), text)
            {
                Lane = DeliveryLane.Broadcast,
                Purpose = MessagePurpose.AccountUpdate,
                // On WhatsApp the person is always outside the window by now: only the city's account template reaches them.
                Template = WindowTemplate.Of(WindowTemplate.Account, text),
            });
        }

        return (notices, erased);
    }
}
