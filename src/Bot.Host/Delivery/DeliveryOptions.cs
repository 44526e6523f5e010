using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>The "Delivery" section: how the outbox is drained.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    [Range(1, 20, ErrorMessage = "Delivery:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 5;

    [Range(1, 500, ErrorMessage = "Delivery:BatchSize must be between 1 and 500.")]
    public int BatchSize { get; set; } = 20;

    /// <summary>How often an idle worker looks for retries that came due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00", ErrorMessage = "Delivery:IdlePollInterval must be between 00:00:00.050 and 00:05:00.")]
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one send may take; it is also how long a shutdown waits for the send in flight.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = "Delivery:SendTimeout must be between 00:00:01 and 00:01:00.")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Recipients written to the outbox per transaction when a broadcast fans out.</summary>
    [Range(10, 10_000, ErrorMessage = "Delivery:FanOutBatchSize must be between 10 and 10000.")]
    public int FanOutBatchSize { get; set; } = 500;

    /// <summary>How often a coordinator's broadcast progress message is updated.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00", ErrorMessage = "Delivery:ProgressInterval must be between 00:00:00.050 and 00:10:00.")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the broadcast worker looks for new broadcasts when idle.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "Delivery:BroadcastPollInterval must be between 00:00:00.050 and 00:01:00.")]
    public TimeSpan BroadcastPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Delivery:FirstRetryDelay must be between 00:00:00.010 and 01:00:00.")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
