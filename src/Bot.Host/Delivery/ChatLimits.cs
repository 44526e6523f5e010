namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Each chat's own limits, and what a 429 means. A person's chat gets <see cref="ChannelLimits.ChatBurst"/>
/// messages at once and then one every 1/<see cref="ChannelLimits.ChatPerSecond"/> s (or, where the platform paces a
/// person slower, every 60/<see cref="ChannelLimits.ChatPerMinute"/> s); a group or channel
/// <see cref="ChannelLimits.GroupBurst"/> and then the rest of <see cref="ChannelLimits.GroupPerMinute"/> spread
/// over the minute. The spacing is counted from the moment the previous send to the chat was answered (the
/// platform had it by then), so network delays never bring two sends closer together than allowed.
/// A 429 holds its chat back for the wait the platform gave, and says what it is about (<see cref="Refusal"/>):
/// the chat, when the bot sent there lately (its own limit explains it); the bot as a whole, when several
/// chats are refused within a second; and when neither, possibly the bot as a whole, so the lane pauses for
/// a second to find out (a chat refused for a minute costs the others one second, not a minute), and when
/// the next chat is refused as inexplicably, the bot as a whole after all.
/// Used by the pump's loop alone, on its clock's timestamps (the system's when none is given); chats that are
/// free again and long quiet are forgotten.
/// </summary>
internal sealed class ChatLimits(ChannelLimits limits, TimeProvider? clock = null)
{
    /// <summary>How long the lane pauses to see whether a 429 nothing explains was about the bot as a whole.</summary>
    public static readonly TimeSpan Probe = TimeSpan.FromSeconds(1);

    /// <summary>Chats refused within a second that together say the bot as a whole is throttled.</summary>
    public const int ThrottledChats = 3;

    private readonly long second = (clock ?? TimeProvider.System).TimestampFrequency;

    // A 429 to a person's chat is the chat's own limit's doing if the bot sent there this recently; a group's
    // limit is counted over a minute.
    private long PersonMemory => 10 * second;

    private long GroupMemory => 60 * second;

    // Refusals are remembered long enough for the send after a probe pause to be compared with them.
    private long ProbeMemory => 3 * second;

    private readonly Dictionary<string, Chat> chats = [];
    private readonly Queue<(string Chat, long At, bool Explained)> refusals = new();
    private long nextSweep;

    /// <summary>True when a message may go to the chat now; otherwise when it may (a Stopwatch timestamp).</summary>
    public bool TryAcquire(string chatId, long now, out long dueAt)
    {
        dueAt = now;
        if (!chats.TryGetValue(chatId, out var chat))
        {
            return true;
        }

        var (burst, interval) = Pace(chatId);
        dueAt = Math.Max(chat.HeldUntil, chat.Due - ((burst - 1) * interval));
        return now >= dueAt;
    }

    /// <summary>The platform answered a send to the chat at this moment (whatever it said, it had the message).</summary>
    public void Answered(string chatId, long at)
    {
        var chat = Of(chatId);
        chat.Due = Math.Max(chat.Due, at) + Pace(chatId).Interval;
        chat.LastAnswered = at;
        Sweep(at);
    }

    /// <summary>The platform refused a send to the chat with 429 and a wait: the chat is held back that long.</summary>
    public Refusal Refused(string chatId, long at, TimeSpan wait)
    {
        var chat = Of(chatId);
        var memory = ChannelLimiter.IsGroup(chatId) ? GroupMemory : PersonMemory;
        var explained = chat.LastAnswered > at - memory;
        chat.HeldUntil = Math.Max(chat.HeldUntil, at + (long)(wait.TotalSeconds * second));
        Answered(chatId, at);

        while (refusals.TryPeek(out var old) && old.At <= at - ProbeMemory)
        {
            refusals.Dequeue();
        }

        // Another chat refused just as inexplicably since the last probe: the probe said the bot as a whole.
        var probed = !explained && refusals.Any(r => !r.Explained && r.Chat != chatId);
        refusals.Enqueue((chatId, at, explained));
        var lastSecond = refusals.Where(r => r.At > at - second).Select(r => r.Chat).Distinct().Count();
        return probed || lastSecond >= ThrottledChats ? Refusal.Overall
            : explained ? Refusal.Chat
            : Refusal.Unexplained;
    }

    private (int Burst, long Interval) Pace(string chatId) => ChannelLimiter.IsGroup(chatId)
        ? (limits.GroupBurst, 60 * second / Math.Max(1, limits.GroupPerMinute - limits.GroupBurst))
        : (limits.ChatBurst, limits.ChatPerMinute > 0 ? 60 * second / limits.ChatPerMinute : second / limits.ChatPerSecond);

    private Chat Of(string chatId)
    {
        if (!chats.TryGetValue(chatId, out var chat))
        {
            chats[chatId] = chat = new Chat();
        }

        return chat;
    }

    /// <summary>Every few seconds, forgets chats that are free again and have nothing left to explain.</summary>
    private void Sweep(long now)
    {
        if (now < nextSweep)
        {
            return;
        }

        nextSweep = now + (5 * second);
        foreach (var (id, chat) in chats)
        {
            if (chat.Due <= now && chat.HeldUntil <= now && chat.LastAnswered <= now - (ChannelLimiter.IsGroup(id) ? GroupMemory : PersonMemory))
            {
                chats.Remove(id);
            }
        }
    }

    private sealed class Chat
    {
        /// <summary>When the next message is due by the chat's rate (before its burst is counted).</summary>
        public long Due { get; set; }

        /// <summary>Held back after a 429 until then.</summary>
        public long HeldUntil { get; set; }

        /// <summary>When the platform last answered a send to the chat.</summary>
        public long LastAnswered { get; set; } = long.MinValue / 2;
    }
}
