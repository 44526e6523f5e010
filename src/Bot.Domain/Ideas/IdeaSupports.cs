using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// Supporting a public idea and taking the support back, wherever it is pressed (under the idea's card, or
/// among the similar ideas while writing one): supporting follows the idea, and the support that reaches the
/// threshold flags it to the coordinators and tells its author.
/// </summary>
public sealed class IdeaSupports(IIdeaRepository ideas, IdeaTimeline timeline, IdeasOptions options, IdeaNotices notices)
{
    /// <summary>Supports the idea or takes the support back; how the person stands to it afterwards.</summary>
    public async Task<Viewing> ToggleAsync(ChatContext chat, Idea idea, CancellationToken ct)
    {
        var existing = await ideas.FindSupportAsync(idea.Id, chat.Member.Id, ct);
        bool following;
        if (existing is null)
        {
            ideas.AddSupport(new IdeaSupport(idea.Id, chat.Member.Id, chat.Now));
            idea.AddSupport();
            following = await timeline.SupportedAsync(chat, idea, ct);
        }
        else
        {
            ideas.RemoveSupport(existing);
            idea.RemoveSupport();
            following = await timeline.SupportWithdrawnAsync(chat, idea, ct);
        }

        if (idea.FlagIfReadyForCouncil(options.SupportsForCouncil, chat.Now))
        {
            await notices.TellReadyForCouncilAsync(chat, idea, ct);
            var entry = timeline.Record(chat, idea, IdeaNewsKind.ReadyForCouncil, null);
            await timeline.TellAuthorAsync(chat, idea, entry, ct);
        }

        return new Viewing(Supported: existing is null, following);
    }
}
