namespace GenYCity.Bot.Host.Health;

/// <summary>The row the health check writes.</summary>
public sealed class HealthProbe
{
    private HealthProbe()
    {
        Key = string.Empty;
    }

    public string Key { get; private set; }

    public long WrittenAt { get; private set; }
}
