using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// An idea a resident submitted for the city, numbered by its id. Its supports and reports are
/// counted here so the most supported ideas can be listed without counting rows each time.
/// </summary>
public sealed class Idea
{
    public const int MaxTitleLength = 120;
    public const int MaxDescriptionLength = 2000;

    private static readonly Dictionary<IdeaStatus, IdeaStatus[]> Allowed = new()
    {
        [IdeaStatus.Submitted] = [IdeaStatus.Approved, IdeaStatus.Rejected],
        [IdeaStatus.Approved] = [IdeaStatus.InProgress, IdeaStatus.Implemented, IdeaStatus.Rejected],
        [IdeaStatus.InProgress] = [IdeaStatus.Implemented, IdeaStatus.Rejected],
        [IdeaStatus.Rejected] = [],
        [IdeaStatus.Implemented] = [],
    };

    private readonly List<IdeaStatusChange> history = [];

    private Idea()
    {
        Title = string.Empty;
        Description = string.Empty;
        ThemeKey = string.Empty;
        SubmissionKey = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>The author; null once they asked to be forgotten.</summary>
    public long? AuthorId { get; private set; }

    public ChannelKind AuthorChannel { get; private set; }

    public Language AuthorLanguage { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public string ThemeKey { get; private set; }

    /// <summary>The photo as the author's channel knows it (a Telegram file id, an address, a local file).</summary>
    public string? PhotoRef { get; private set; }

    /// <summary>The draft's key, unique: a Submit pressed twice finds the idea the first press made.</summary>
    public string SubmissionKey { get; private set; }

    public IdeaStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>The coordinator's latest comment or rejection reason, as the author sees it.</summary>
    public string? LatestComment { get; private set; }

    public int SupportCount { get; private set; }

    public int ReportCount { get; private set; }

    /// <summary>The comments residents can see (not hidden, not deleted), for "💬 N" on the card.</summary>
    public int CommentCount { get; private set; }

    /// <summary>Hidden from the community after reports, until a coordinator restores or rejects it.</summary>
    public bool IsHidden { get; private set; }

    /// <summary>When the idea reached the supports threshold and was flagged to coordinators.</summary>
    public DateTimeOffset? ReadyForCouncilAt { get; private set; }

    /// <summary>The council's answer, once a coordinator recorded it.</summary>
    public CouncilDecision? CouncilDecision { get; private set; }

    public string? CouncilAnswer { get; private set; }

    public DateTimeOffset? CouncilAnsweredAt { get; private set; }

    /// <summary>The latest entry of the idea's public timeline (a status change, a note, the council's answer).</summary>
    public DateTimeOffset? LastNewsAt { get; private set; }

    /// <summary>When its followers were last told of it: at most once a day.</summary>
    public DateTimeOffset? LastNoticeAt { get; private set; }

    /// <summary>Where the idea is, rounded to about 100 m (<see cref="Place"/>); null when no point was given.</summary>
    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    /// <summary>The place as the author named it (a typed place, or a venue's name and address).</summary>
    public string? PlaceText { get; private set; }

    /// <summary>One of Bot:Districts, when the author chose one.</summary>
    public string? DistrictKey { get; private set; }

    /// <summary>Concurrency token: two changes made from the same starting point cannot both be saved.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<IdeaStatusChange> History => history;

    /// <summary>Shown in /ideas: approved or further along, and not hidden.</summary>
    public bool IsPublic => Status is IdeaStatus.Approved or IdeaStatus.InProgress or IdeaStatus.Implemented && !IsHidden;

    public static Idea Submit(Member author, string title, string description, string themeKey, string? photoRef, string submissionKey, DateTimeOffset now) => new()
    {
        AuthorId = author.Id,
        AuthorChannel = author.Channel,
        AuthorLanguage = author.Language,
        Title = title,
        Description = description,
        ThemeKey = themeKey,
        PhotoRef = photoRef,
        SubmissionKey = submissionKey,
        Status = IdeaStatus.Submitted,
        CreatedAt = now,
        StatusChangedAt = now,
    };

    /// <summary>Where the idea is, as the author gave it (already rounded); none by default.</summary>
    public Idea At(Place? place, string? districtKey)
    {
        Latitude = place?.Latitude;
        Longitude = place?.Longitude;
        PlaceText = place?.Text;
        DistrictKey = districtKey;
        return this;
    }

    /// <summary>The place, when the author gave one.</summary>
    public Place? Place => Latitude is not null || PlaceText is not null ? new Place(Latitude, Longitude, PlaceText) : null;

    /// <summary>A new entry on the idea's timeline.</summary>
    public void HadNews(DateTimeOffset at)
    {
        LastNewsAt = at;
        Version++;
    }

    /// <summary>Its followers were told of what waited.</summary>
    public void FollowersTold(DateTimeOffset now)
    {
        LastNoticeAt = now;
        Version++;
    }

    /// <summary>Records (or corrects) the council's answer.</summary>
    public void RecordCouncilAnswer(CouncilDecision decision, string answer, DateTimeOffset now)
    {
        CouncilDecision = decision;
        CouncilAnswer = answer;
        CouncilAnsweredAt = now;
        Version++;
    }

    public bool CanMoveTo(IdeaStatus target) => Allowed[Status].Contains(target);

    public StatusChangeResult MoveTo(IdeaStatus target, string? comment, long? byMemberId, DateTimeOffset now)
    {
        if (Status == target)
        {
            return StatusChangeResult.Unchanged;
        }

        if (!CanMoveTo(target))
        {
            return StatusChangeResult.NotAllowed;
        }

        Status = target;
        StatusChangedAt = now;
        LatestComment = string.IsNullOrWhiteSpace(comment) ? LatestComment : comment;
        if (target == IdeaStatus.Rejected)
        {
            IsHidden = false;
        }

        history.Add(new IdeaStatusChange(target, comment, byMemberId, now));
        Version++;
        return StatusChangeResult.Changed;
    }

    /// <summary>A comment was written, hidden, restored or deleted: one more or one fewer to see.</summary>
    public void CommentsChanged(int by)
    {
        CommentCount = Math.Max(0, CommentCount + by);
        Version++;
    }

    public void AddSupport()
    {
        SupportCount++;
        Version++;
    }

    public void RemoveSupport()
    {
        SupportCount = Math.Max(0, SupportCount - 1);
        Version++;
    }

    /// <summary>Flags the idea once when its supports reach the threshold; true the one time it happens.</summary>
    public bool FlagIfReadyForCouncil(int threshold, DateTimeOffset now)
    {
        if (ReadyForCouncilAt is not null || !IsPublic || SupportCount < threshold)
        {
            return false;
        }

        ReadyForCouncilAt = now;
        Version++;
        return true;
    }

    /// <summary>Counts one more person's report; true when this report hides the idea.</summary>
    public bool AddReport(int threshold)
    {
        ReportCount++;
        Version++;
        if (IsHidden || !IsPublic || ReportCount < threshold)
        {
            return false;
        }

        IsHidden = true;
        return true;
    }

    /// <summary>
    /// A reporter took their report back: one fewer. An idea already hidden stays hidden until a coordinator
    /// restores or rejects it, so withdrawing and reporting again cannot flip it or ring the coordinators twice.
    /// </summary>
    public void WithdrawReport()
    {
        ReportCount = Math.Max(0, ReportCount - 1);
        Version++;
    }

    /// <summary>A coordinator looked and found nothing wrong: visible again, with the reports cleared.</summary>
    public bool Restore()
    {
        if (!IsHidden)
        {
            return false;
        }

        IsHidden = false;
        ReportCount = 0;
        Version++;
        return true;
    }

    /// <summary>The photo as a recipient on this channel can be sent it: platform file ids only work on their own platform.</summary>
    public string? PhotoFor(ChannelKind channel) => Photos.For(PhotoRef, AuthorChannel, channel);
}
