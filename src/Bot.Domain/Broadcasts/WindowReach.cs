namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>
/// Of a broadcast's audience, those outside their chat's messaging window: how many get it as the city's approved
/// template (WhatsApp, paid per message), and how many are skipped (no template for it; Messenger takes none).
/// </summary>
public sealed record WindowReach(int Templated, int Skipped)
{
    public static WindowReach None { get; } = new(0, 0);

    public bool IsEmpty => Templated == 0 && Skipped == 0;
}
