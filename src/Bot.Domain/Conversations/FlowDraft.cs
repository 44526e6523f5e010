namespace GenYCity.Bot.Domain.Conversations;

/// <summary>What every draft carries: the key that makes its last step idempotent, and whether one field is being changed from the preview.</summary>
public abstract class FlowDraft
{
    public string Key { get; init; } = string.Empty;

    /// <summary>Set while one field is changed from the preview: the next step is the preview again.</summary>
    public bool Editing { get; set; }

    /// <summary>A fresh key for a new draft (sixteen hex digits: short enough for a button payload).</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N")[..16];
}
