namespace GenYCity.Bot.Domain.Broadcasts;

public sealed record BroadcastCounts(int Queued, int Sent, int Unreachable, int Failed, int Skipped)
{
    public int Finished => Sent + Unreachable + Failed + Skipped;

    public bool IsComplete => Finished >= Queued;
}
