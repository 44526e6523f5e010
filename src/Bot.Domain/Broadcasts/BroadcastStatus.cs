namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>Where a broadcast is: recipients being written to the outbox, messages being sent, finished.</summary>
public enum BroadcastStatus
{
    FanningOut,
    Sending,
    Done,
}
