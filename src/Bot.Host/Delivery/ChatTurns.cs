using System.Collections.Concurrent;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Each chat's turn. A chat has one message on its way at a time, so its messages arrive in order: a chat is
/// busy while one of its messages is on its way or waiting for the chat's limit, and its later messages are
/// held, in order, until then. A message over its chat's own limit (<see cref="ChatLimits"/>) waits aside
/// without holding up other chats. A 429 holds back the chat it was about for the time the platform gives:
/// the refused message waits aside, ahead of the chat's next ones (it stays claimed, one attempt); the lanes
/// pause (<see cref="LanePauses"/>) only when the 429s say the bot as a whole is throttled.
/// Used by the pump's loop alone, but for <see cref="Finished"/>, which the sends call as they come back.
/// </summary>
internal sealed class ChatTurns(ChannelLimits limits, LanePauses pauses, TimeProvider clock, ILogger logger, ChannelKind channel)
{
    private readonly ChatLimits chatLimits = new(limits, clock);
    private readonly HashSet<string> busy = [];
    private readonly Dictionary<string, Queue<WorkItem>> held = [];

    // A busy chat's next message, let go when the one before it finished.
    private readonly Queue<WorkItem> released = new();

    // Messages whose chat is busy with them, waiting until their chat (or their lane) may have them.
    private readonly PriorityQueue<WorkItem, long> aside = new();
    private readonly ConcurrentQueue<(WorkItem Item, SendResult Result, long At)> finished = new();

    /// <summary>A message taken from its lane: true when its chat was free (now busy with it); else it is held behind the chat's message before it.</summary>
    public bool TryStart(WorkItem item)
    {
        if (busy.Add(item.ChatId))
        {
            return true;
        }

        if (!held.TryGetValue(item.ChatId, out var waiting))
        {
            held[item.ChatId] = waiting = new Queue<WorkItem>();
        }

        waiting.Enqueue(item);
        return false;
    }

    /// <summary>True when the chat's own limit lets the message go now; otherwise it waits aside until it does.</summary>
    public bool WithinChatLimit(WorkItem item, long now)
    {
        if (chatLimits.TryAcquire(item.ChatId, now, out var dueAt))
        {
            return true;
        }

        aside.Enqueue(item, dueAt);
        return false;
    }

    /// <summary>
    /// A message taken for sending when sending stopped: it waits aside, its chat still busy with it, and goes
    /// first when sending resumes under the same lease (a lease taken afresh forgets it: the outbox has it back).
    /// </summary>
    public void Later(WorkItem item) => aside.Enqueue(item, clock.GetTimestamp());

    /// <summary>
    /// The next message whose chat just became free, or whose wait aside is over; none from a paused lane (a
    /// freed chat's message whose lane is paused waits aside for the pause to end).
    /// </summary>
    public WorkItem? NextFreed(long now)
    {
        while (released.TryDequeue(out var freed))
        {
            if (!pauses.IsPaused(freed.Lane, now))
            {
                return freed;
            }

            aside.Enqueue(freed, pauses.Until(freed.Lane));
        }

        return aside.TryPeek(out var first, out var due) && due <= now && !pauses.IsPaused(first.Lane, now) ? aside.Dequeue() : null;
    }

    /// <summary>When the first message aside may go, at the earliest (its chat's time, or its lane's pause, whichever is later); null when none waits.</summary>
    public long? NextAsideDue() =>
        aside.TryPeek(out var first, out var due) ? Math.Max(due, pauses.Until(first.Lane)) : null;

    /// <summary>A send came back (or its message was let go unsent) at this timestamp. Called by the sends, on any thread.</summary>
    public void Finished(WorkItem item, SendResult result, long at) => finished.Enqueue((item, result, at));

    /// <summary>
    /// Counts the finished sends against their chats' limits, pauses the lanes when the platform throttled the bot,
    /// and frees the chats, letting their next held message go. <paramref name="epoch"/> is the lease's current
    /// taking: a send from an earlier one frees no chat of this one's.
    /// </summary>
    public void ReleaseFinished(int epoch)
    {
        while (finished.TryDequeue(out var done))
        {
            var (item, result, at) = done;
            var chat = item.ChatId;
            if (item.Epoch != epoch)
            {
                // Sent under an earlier taking of the lease, whose claims are forgotten (the outbox has them back):
                // the chat had a message then, but it frees no chat of this taking's, and a refused one is not
                // sent again from here.
                if (result is not SendResult.Skipped)
                {
                    chatLimits.Answered(chat, at);
                }

                continue;
            }

            if (result is SendResult.RetryLater { After: { } after } throttled)
            {
                Refused(item, chat, at, after, throttled.Overall);
                continue;
            }
            else if (result is not SendResult.Skipped)
            {
                // Skipped, nothing reached the chat: its next message is not held back for it.
                chatLimits.Answered(chat, at);
            }

            if (held.TryGetValue(chat, out var waiting) && waiting.TryDequeue(out var next))
            {
                released.Enqueue(next);
            }
            else
            {
                held.Remove(chat);
                busy.Remove(chat);
            }
        }
    }

    /// <summary>Drops every message held or aside, and frees every chat: the outbox has them back, from the lease's new taking.</summary>
    public void Forget()
    {
        aside.Clear();
        held.Clear();
        released.Clear();
        busy.Clear();
    }

    /// <summary>A 429: the chat waits what the platform said, and the lanes too when it was about the bot as a whole.</summary>
    private void Refused(WorkItem item, string chat, long at, TimeSpan after, bool overall)
    {
        var refusal = chatLimits.Refused(chat, at, after);
        switch (overall ? Refusal.Overall : refusal)
        {
            case Refusal.Overall:
                pauses.Pause(item.Lane, after);
                logger.LogWarning("{Channel} asked the bot as a whole to slow down: sending pauses for {Pause}", channel, after);
                break;
            case Refusal.Unexplained:
                pauses.Pause(item.Lane, after < ChatLimits.Probe ? after : ChatLimits.Probe);
                logger.LogInformation("{Channel} asked to wait {Wait} before the next message to a chat the bot had not written to lately; sending pauses for a moment to see whether it meant every chat", channel, after);
                break;
            default:
                logger.LogInformation("{Channel} asked to wait {Wait} before the next message to one chat; the others go on", channel, after);
                break;
        }

        // It goes again when its chat may have it, before the chat's later messages, which stay held.
        chatLimits.TryAcquire(chat, at, out var due);
        aside.Enqueue(item, due);
    }
}
