using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>
/// Closes polls, once each: the poll's status and version change in the same unit of work that starts the
/// results broadcast to its voters and tells the coordinator who asked; the job that runs it twice, or two
/// instances, find it closed.
/// </summary>
public sealed class PollClosing(IPollRepository polls, IBroadcastRepository broadcasts, IMemberRepository members)
{
    /// <summary>Closes the polls due now: how many, and the messages to the coordinators who asked them.</summary>
    public async Task<(int Closed, IReadOnlyList<OutboundMessage> Messages)> CloseDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = await polls.ListDueAsync(now, ct);
        var messages = new List<OutboundMessage>();
        foreach (var poll in due)
        {
            messages.AddRange(await CloseAsync(poll, now, ct));
        }

        return (due.Count, messages);
    }

    /// <summary>Closes one poll; the messages that stop its native copies, and the one to the coordinator who asked.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> CloseAsync(Poll poll, DateTimeOffset now, CancellationToken ct)
    {
        if (!poll.Close(now))
        {
            return [];
        }

        var counts = await polls.CountAsync(poll, ct);
        var content = new BroadcastContent(Languages.All.ToDictionary(
            l => l,
            l => new OutboundTemplate($"{PollCards.Results(poll, counts, l)}\n\n{PollTexts.For(l).ThanksForVoting}")));
        broadcasts.Add(Broadcast.Create(BroadcastKind.PollResults, AudienceKind.PollVoters, null, content, null, now, subjectId: poll.Id));
        await polls.WithdrawUnsentAsync(poll.Id, now, ct);
        // Each native copy closed in its chat too.
        var stops = (await polls.ListSentAsync(poll.Id, ct)).Select(sent => sent.Stop()).ToList();
        // The coordinator who asked hears the results; once, if they voted too (then the voters' message is theirs).
        if (poll.CreatedById is { } id && await polls.FindVoteAsync(poll.Id, id, ct) is null
            && await members.FindByIdAsync(id, ct) is { IsReachable: true } creator)
        {
            stops.Add(new OutboundMessage(new Recipient(creator.Channel, creator.ChatId), PollCards.Results(poll, counts, creator.Language)));
        }

        return stops;
    }
}
