using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>
/// A comment on a published idea, or a reply to one (one level deep: a reply's parent is never a reply).
/// Visible as soon as it is written; hidden when several people report it, until a coordinator looks, or by a
/// coordinator. When its writer asks to be forgotten its text goes and the thread shows "deleted".
/// </summary>
public sealed class Comment
{
    public const int MaxLength = 500;

    private Comment()
    {
    }

    public long Id { get; private set; }

    public long IdeaId { get; private set; }

    /// <summary>The comment this one answers; null for a comment on the idea itself.</summary>
    public long? ParentId { get; private set; }

    /// <summary>Who wrote it; null once they asked to be forgotten.</summary>
    public long? AuthorId { get; private set; }

    /// <summary>Whether the writer wrote it as the idea's author or as a coordinator, which the thread marks.</summary>
    public CommentRole Role { get; private set; }

    /// <summary>The language the writer chats in, which the text is taken to be in (for Translate).</summary>
    public Language Language { get; private set; }

    /// <summary>The words; null once deleted.</summary>
    public string? Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int ReportCount { get; private set; }

    /// <summary>Not shown to residents: hidden after reports, until a coordinator restores it, or by a coordinator.</summary>
    public bool IsHidden { get; private set; }

    /// <summary>Hidden by reports and not looked at yet: it waits in the coordinators' moderation.</summary>
    public bool AwaitsCoordinator { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>When the idea's author and followers were told of it (folded into the day's notice); null while it waits.</summary>
    public DateTimeOffset? NoticedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsDeleted => Text is null;

    /// <summary>Shown to residents in the thread.</summary>
    public bool IsVisible => !IsHidden && !IsDeleted;

    public static Comment Write(long ideaId, long? parentId, Member author, CommentRole role, string text, DateTimeOffset now) => new()
    {
        IdeaId = ideaId,
        ParentId = parentId,
        AuthorId = author.Id,
        Role = role,
        Language = author.Language,
        Text = text,
        CreatedAt = now,
    };

    /// <summary>Counts one more person's report; true when this report hides the comment.</summary>
    public bool AddReport(int threshold)
    {
        ReportCount++;
        Version++;
        if (IsHidden || IsDeleted || ReportCount < threshold)
        {
            return false;
        }

        IsHidden = true;
        AwaitsCoordinator = true;
        return true;
    }

    /// <summary>A coordinator hides it; false when it already was (and had been looked at).</summary>
    public bool Hide()
    {
        if (IsHidden && !AwaitsCoordinator)
        {
            return false;
        }

        IsHidden = true;
        AwaitsCoordinator = false;
        Version++;
        return true;
    }

    /// <summary>A coordinator found nothing wrong: shown again, its reports cleared.</summary>
    public bool Restore()
    {
        if (!IsHidden)
        {
            return false;
        }

        IsHidden = false;
        AwaitsCoordinator = false;
        ReportCount = 0;
        Version++;
        return true;
    }

    public void Noticed(DateTimeOffset now) => NoticedAt = now;
}
