using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Results;

/// <summary>The council's answer or a progress note being written.</summary>
public sealed class NewsDraft : FlowDraft
{
    public long IdeaId { get; init; }

    public CouncilDecision? Decision { get; set; }

    public string? Text { get; set; }
}
