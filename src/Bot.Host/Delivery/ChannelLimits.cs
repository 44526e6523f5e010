using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>One channel's sending limits; the worker paces 1% below the overall rate and never exceeds it in any second.</summary>
public sealed class ChannelLimits
{
    /// <summary>Messages a second overall.</summary>
    public int PerSecond { get; set; }

    /// <summary>Telegram only: pay for broadcasts above the free rate (allow_paid_broadcast), up to <see cref="PaidPerSecond"/>.</summary>
    public bool PaidBroadcast { get; set; }

    public int PaidPerSecond { get; set; }

    /// <summary>Messages a person's chat may get at once before the per-chat rate applies.</summary>
    public int ChatBurst { get; set; }

    public int ChatPerSecond { get; set; }

    /// <summary>When set, a person's chat is paced at this many a minute after its burst instead (WhatsApp's pair rate, about one in six seconds).</summary>
    public int ChatPerMinute { get; set; }

    /// <summary>Messages a minute in a group or channel.</summary>
    public int GroupPerMinute { get; set; }

    public int GroupBurst { get; set; }

    public int OverallPerSecond => PaidBroadcast ? PaidPerSecond : PerSecond;

    /// <summary>Limits at the platform's published rates.</summary>
    public static ChannelLimits From(SendRates rates) => new()
    {
        PerSecond = rates.PerSecond,
        PaidPerSecond = rates.PaidPerSecond,
        ChatBurst = rates.ChatBurst,
        ChatPerSecond = rates.ChatPerSecond,
        ChatPerMinute = rates.ChatPerMinute,
        GroupPerMinute = rates.GroupPerMinute,
        GroupBurst = rates.GroupBurst,
    };

    internal IEnumerable<string> Problems()
    {
        if (PerSecond < 1 || (PaidBroadcast && PaidPerSecond < 1))
        {
            yield return "PerSecond (and PaidPerSecond with PaidBroadcast) must be at least 1.";
        }

        if (ChatBurst < 1 || ChatPerSecond < 1 || ChatPerMinute < 0)
        {
            yield return "ChatBurst and ChatPerSecond must be at least 1, and ChatPerMinute (0: per second instead) at least 0.";
        }

        if (GroupBurst < 1 || GroupPerMinute <= GroupBurst)
        {
            yield return "GroupBurst must be at least 1 and GroupPerMinute larger than it.";
        }
    }
}
