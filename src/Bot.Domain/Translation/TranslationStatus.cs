namespace GenYCity.Bot.Domain.Translation;

/// <summary>What became of a translation call.</summary>
public enum TranslationStatus
{
    Translated,

    /// <summary>No service is set.</summary>
    Off,

    /// <summary>Not asked: the service failed several times lately and is left alone for a while (the circuit is open).</summary>
    Unavailable,

    /// <summary>The service answered with an error, or with something that is not a translation.</summary>
    Failed,

    /// <summary>The service did not answer in time.</summary>
    TimedOut,
}
