using System.ComponentModel.DataAnnotations;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>The "Delivery" section: how the outbox is drained, and each channel's limits.</summary>
public sealed class DeliveryOptions : IValidatableObject
{
    public const string SectionName = "Delivery";

    [Range(1, 20, ErrorMessage = "Delivery:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Outbox rows claimed at a time for one channel and lane.</summary>
    [Range(1, 5000, ErrorMessage = "Delivery:ClaimBatchSize must be between 1 and 5000.")]
    public int ClaimBatchSize { get; set; } = 500;

    /// <summary>Sends on the wire at once per channel; also the bound on messages a crash can duplicate.</summary>
    [Range(1, 1000, ErrorMessage = "Delivery:MaxInFlight must be between 1 and 1000.")]
    public int MaxInFlight { get; set; } = 64;

    /// <summary>Finished sends recorded per transaction.</summary>
    [Range(1, 5000, ErrorMessage = "Delivery:CompletionBatchSize must be between 1 and 5000.")]
    public int CompletionBatchSize { get; set; } = 500;

    /// <summary>How often an idle worker looks for retries that came due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00", ErrorMessage = "Delivery:IdlePollInterval must be between 00:00:00.050 and 00:05:00.")]
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one send may take; it is also how long a shutdown waits for the sends in flight.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = "Delivery:SendTimeout must be between 00:00:01 and 00:01:00.")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a channel's lease lasts unrenewed: another instance takes the channel over this long after
    /// its sender died (a graceful stop hands it over at once).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:05:00", ErrorMessage = "Delivery:LeaseLength must be between 00:00:02 and 00:05:00.")]
    public TimeSpan LeaseLength { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the lease is renewed; the sender stops this long before an unrenewed lease runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:01:00", ErrorMessage = "Delivery:LeaseRenewal must be between 00:00:00.500 and 00:01:00.")]
    public TimeSpan LeaseRenewal { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Recipients written to the outbox per transaction when a broadcast fans out.</summary>
    [Range(10, 50_000, ErrorMessage = "Delivery:FanOutBatchSize must be between 10 and 50000.")]
    public int FanOutBatchSize { get; set; } = 5000;

    /// <summary>How often a coordinator's broadcast progress message is updated.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00", ErrorMessage = "Delivery:ProgressInterval must be between 00:00:00.050 and 00:10:00.")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the broadcast worker looks for new broadcasts when idle.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "Delivery:BroadcastPollInterval must be between 00:00:00.050 and 00:01:00.")]
    public TimeSpan BroadcastPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Delivery:FirstRetryDelay must be between 00:00:00.010 and 01:00:00.")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Each channel's limits: the platform's own (<see cref="ChannelTraits.Rates"/>), as Delivery:&lt;Channel&gt;
    /// (Delivery:Telegram:PerSecond, say) changes them. Telegram's are read strictly: one message a second in a chat,
    /// no bursts.
    /// </summary>
    public Dictionary<ChannelKind, ChannelLimits> Channels { get; } = ChannelTraits.All.ToDictionary(t => t.Kind, t => ChannelLimits.From(t.Rates));

    /// <summary>Binds each channel's limits from its part of the section (Delivery:Telegram for Telegram).</summary>
    public void BindChannels(IConfiguration section)
    {
        foreach (var (channel, limits) in Channels)
        {
            section.GetSection(channel.ToString()).Bind(limits);
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LeaseRenewal * 2 > LeaseLength)
        {
            yield return new("Delivery:LeaseRenewal must be at most half of Delivery:LeaseLength, so a lease is renewed before it runs out.");
        }

        foreach (var (channel, limits) in Channels)
        {
            foreach (var problem in limits.Problems())
            {
                yield return new($"Delivery:{channel}:{problem}");
            }
        }
    }
}
