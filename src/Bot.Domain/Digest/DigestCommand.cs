using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Digest;

/// <summary>
/// /digest: the last seven days on demand. Coordinators get the preview of the next send instead: the
/// days it will cover and the events it will list as seen from the moment it goes out, as it stands now.
/// </summary>
public sealed class DigestCommand(IDigestSource source, DigestComposer composer, IDigestSchedule schedule, EventTime time, IEnumerable<IDigestPart> parts) : ICommand
{
    /// <summary>/digest in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("digest", Audience.Everyone, false, 70, p => p.CmdDigest, p => p.MenuDigest);

    public CommandInfo Info => Command;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var (period, asOf, preview) = chat.Member.IsCoordinator && schedule.NextAfter(chat.Now) is { } next
            ? (DigestPeriod.WeekBefore(next, time), next, chat.T.DigestPreview(time.Moment(next)) + "\n\n")
            : (DigestPeriod.WeekEnding(chat.Now), chat.Now, string.Empty);
        var facts = await (await source.GatherAsync(period, asOf, DigestComposer.TopIdeas, DigestComposer.DaysAhead, ct)).WithPartsAsync(parts, period, asOf, ct);
        if (!facts.HasNews)
        {
            chat.Reply(preview + chat.T.DigestNothingNew);
            return;
        }

        var digest = composer.Template(facts, period, asOf, chat.Member.Language, chat.Message.Channel.MaxLabelLength());
        chat.Reply(preview + digest.Text, digest.Buttons);
    }
}
