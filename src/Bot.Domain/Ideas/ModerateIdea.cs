using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// A coordinator's decisions on an idea. The engine lets only coordinators reach the moderation buttons;
/// this checks again, so no path into a decision skips the check.
/// </summary>
public sealed class ModerateIdea(IIdeaRepository ideas, IdeaNotices notices, IdeaTimeline timeline)
{
    /// <summary>The idea when <paramref name="target"/> can be applied to it now; otherwise says why and returns null.</summary>
    public async Task<Idea?> FindChangeableAsync(ChatContext chat, long ideaId, IdeaStatus target, CancellationToken ct)
    {
        if (await FindForCoordinatorAsync(chat, ideaId, ct) is not { } idea)
        {
            return null;
        }

        if (idea.Status == target)
        {
            chat.Reply(chat.T.ModUnchanged(idea.Id, chat.T.Status(idea.Status)));
            return null;
        }

        if (!idea.CanMoveTo(target))
        {
            chat.Reply(chat.T.ModNotAllowed(idea.Id, chat.T.Status(idea.Status), chat.T.Status(target)));
            return null;
        }

        return idea;
    }

    /// <summary>Moves the idea to <paramref name="target"/> and tells the author; null when nothing changed.</summary>
    public async Task<Idea?> ChangeStatusAsync(ChatContext chat, long ideaId, IdeaStatus target, string? comment, CancellationToken ct)
    {
        if (await FindChangeableAsync(chat, ideaId, target, ct) is not { } idea)
        {
            return null;
        }

        idea.MoveTo(target, comment, chat.Member.Id, chat.Now);
        chat.Reply(chat.T.ModDone(idea.Id, chat.T.Status(target)));
        await notices.TellAuthorAsync(chat, idea, comment, ct);
        // Followers hear of the public steps; a rejection's reason is for its author.
        IdeaNewsKind? news = target switch
        {
            IdeaStatus.Approved => IdeaNewsKind.Approved,
            IdeaStatus.InProgress => IdeaNewsKind.InProgress,
            IdeaStatus.Implemented => IdeaNewsKind.Implemented,
            _ => null,
        };
        if (news is { } kind)
        {
            timeline.Record(chat, idea, kind, comment);
        }
        return idea;
    }

    /// <summary>Shows a hidden idea again and forgets its reports.</summary>
    public async Task<Idea?> RestoreAsync(ChatContext chat, long ideaId, CancellationToken ct)
    {
        if (await FindForCoordinatorAsync(chat, ideaId, ct) is not { } idea)
        {
            return null;
        }

        if (!idea.Restore())
        {
            chat.Reply(chat.T.ModUnchanged(idea.Id, chat.T.Status(idea.Status)));
            return null;
        }

        await ideas.ClearReportsAsync(idea.Id, ct);
        chat.Reply(chat.T.ModRestored(idea.Id));
        return idea;
    }

    /// <summary>The idea, when the person is a coordinator now and the idea exists; otherwise says why and returns null.</summary>
    private async Task<Idea?> FindForCoordinatorAsync(ChatContext chat, long ideaId, CancellationToken ct)
    {
        if (!chat.Member.IsCoordinator)
        {
            chat.Reply(chat.T.CoordinatorsOnly);
            return null;
        }

        if (await ideas.FindAsync(ideaId, ct) is not { } idea)
        {
            MainMenu.Show(chat, chat.T.IdeaNotAvailable);
            return null;
        }

        return idea;
    }
}
