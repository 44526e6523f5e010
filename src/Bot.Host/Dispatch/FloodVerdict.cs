namespace GenYCity.Bot.Host.Dispatch;

public enum FloodVerdict
{
    Allow,

    /// <summary>Just went over the limit: one polite warning, then quiet.</summary>
    Warn,

    Ignore,
}
