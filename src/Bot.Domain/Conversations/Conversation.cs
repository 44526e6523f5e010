using System.Text.Json;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>
/// Where a person is in a guided flow: the flow's name, its current step and the draft so far,
/// stored as JSON so a restart or a reply the next day resumes at the same step.
/// </summary>
public sealed class Conversation
{
    private Conversation()
    {
        Flow = string.Empty;
        Step = string.Empty;
        DraftJson = "{}";
    }

    public Conversation(long memberId, string flow, string step, string draftJson, DateTimeOffset now)
    {
        MemberId = memberId;
        Flow = flow;
        Step = step;
        DraftJson = draftJson;
        StartedAt = now;
        UpdatedAt = now;
    }

    public long MemberId { get; private set; }

    public string Flow { get; private set; }

    public string Step { get; private set; }

    public string DraftJson { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public TDraft ReadDraft<TDraft>() where TDraft : new() =>
        JsonSerializer.Deserialize<TDraft>(DraftJson, DraftJsonOptions) ?? new TDraft();

    public void MoveTo<TDraft>(string step, TDraft draft, DateTimeOffset now)
    {
        Step = step;
        DraftJson = JsonSerializer.Serialize(draft, DraftJsonOptions);
        UpdatedAt = now;
    }

    internal static JsonSerializerOptions DraftJsonOptions { get; } = new(JsonSerializerDefaults.Web);
}
