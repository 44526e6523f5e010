using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>What comments on ideas say, in each language.</summary>
public sealed class CommentTexts(Language language) : TranslatedTexts(language, CommentTexts.Namespace), IFeatureTexts
{
    /// <summary>Its translator files: <c>texts/comments/{language}.json</c>.</summary>
    public const string Namespace = "comments";

    public static CommentTexts For(Language language) => new(language);

    [Label] public string CommentsButton(int count) => T(nameof(CommentsButton), ("count", count));

    [Label] public string NoCommentsButton => T(nameof(NoCommentsButton));

    public string ThreadHeader(long number, string title, int count) => T(nameof(ThreadHeader), ("number", number), ("title", title), ("count", count));

    public string ThreadEmpty => T(nameof(ThreadEmpty));

    public string PageOf(int page, int pages) => T(nameof(PageOf), ("page", page), ("pages", pages));

    public string Resident => T(nameof(Resident));

    public string ByAuthor(string name) => T(nameof(ByAuthor), ("name", name));

    public string ByCoordinator(string name) => T(nameof(ByCoordinator), ("name", name));

    public string Coordinator => T(nameof(Coordinator));

    public string Deleted => T(nameof(Deleted));

    public string HiddenMark => T(nameof(HiddenMark));

    public string JustNow => T(nameof(JustNow));

    public string MinutesAgo(int count) => T(nameof(MinutesAgo), ("count", count));

    public string HoursAgo(int count) => T(nameof(HoursAgo), ("count", count));

    public string Yesterday => T(nameof(Yesterday));

    public string DaysAgo(int count) => T(nameof(DaysAgo), ("count", count));

    [Label] public string Write => T(nameof(Write));

    [Label] public string Reply => T(nameof(Reply));

    [Label] public string Report => T(nameof(Report));

    [Label] public string HideOrRestore => T(nameof(HideOrRestore));

    [Label] public string Older => T(nameof(Older));

    [Label] public string Newer => T(nameof(Newer));

    [Label] public string Hide(long number) => T(nameof(Hide), ("number", number));

    [Label] public string Restore(long number) => T(nameof(Restore), ("number", number));

    public string AskWrite(long number, string title, int max) => T(nameof(AskWrite), ("number", number), ("title", title), ("max", max));

    public string AskReply(long comment, int max) => T(nameof(AskReply), ("comment", comment), ("max", max));

    public string Published => T(nameof(Published));

    public string HourlyLimit(int count) => T(nameof(HourlyLimit), ("count", count));

    public string WhichReply => T(nameof(WhichReply));

    public string WhichReport => T(nameof(WhichReport));

    public string WhichHide => T(nameof(WhichHide));

    public string NotAvailable => T(nameof(NotAvailable));

    public string OwnComment => T(nameof(OwnComment));

    public string ReportWhy(long comment) => T(nameof(ReportWhy), ("comment", comment));

    public string ReportThanks(string reason) => T(nameof(ReportThanks), ("reason", reason));

    public string ReportAlready => T(nameof(ReportAlready));

    public string ModHidden(long number, string title, int count) => T(nameof(ModHidden), ("number", number), ("title", title), ("count", count));

    public string ModReasons(string reasons) => T(nameof(ModReasons), ("reasons", reasons));

    public string ModHiddenDone(long comment) => T(nameof(ModHiddenDone), ("comment", comment));

    public string ModRestored(long comment) => T(nameof(ModRestored), ("comment", comment));

    public string ModAlreadyHidden(long comment) => T(nameof(ModAlreadyHidden), ("comment", comment));

    public string ModNotHidden(long comment) => T(nameof(ModNotHidden), ("comment", comment));

    public string DraftComment(long number) => T(nameof(DraftComment), ("number", number));

    public string Notice(int count) => T(nameof(Notice), ("count", count));

    public string AuthorNotice(long number, string title, int count) => T(nameof(AuthorNotice), ("number", number), ("title", title), ("count", count));

    [Label] public string Read => T(nameof(Read));
}
