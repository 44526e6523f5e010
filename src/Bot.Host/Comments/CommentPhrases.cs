using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Host.Comments;

/// <summary>What the dashboard says of comments (the idea page's thread, the report's section), in each language.</summary>
public sealed class CommentPhrases(Language language) : TranslatedTexts(language, CommentPhrases.Namespace)
{
    /// <summary>Its translator files: <c>texts/commentpages/{language}.json</c>.</summary>
    public const string Namespace = "commentpages";

    public static CommentPhrases For(Language language) => new(language);

    public string Comments => T(nameof(Comments));

    public string NoComments => T(nameof(NoComments));

    public string ReplyTo(long comment) => T(nameof(ReplyTo), ("comment", comment));

    public string Hidden => T(nameof(Hidden));

    public string AwaitsLook => T(nameof(AwaitsLook));

    public string Reports(int count) => T(nameof(Reports), ("count", count));

    public string Hide => T(nameof(Hide));

    public string Restore => T(nameof(Restore));

    public string HiddenDone(long comment) => T(nameof(HiddenDone), ("comment", comment));

    public string RestoredDone(long comment) => T(nameof(RestoredDone), ("comment", comment));

    public string NoChange(long comment) => T(nameof(NoChange), ("comment", comment));

    public string CommentsAwaiting => T(nameof(CommentsAwaiting));

    public string ReportHeading => T(nameof(ReportHeading));

    public string ReportWritten => T(nameof(ReportWritten));

    public string ReportWriters => T(nameof(ReportWriters));
}
