using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>What quick polls say, in each language.</summary>
public sealed class PollTexts(Language language) : TranslatedTexts(language, PollTexts.Namespace), IFeatureTexts
{
    /// <summary>Its translator files: <c>texts/polls/{language}.json</c>.</summary>
    public const string Namespace = "polls";

    public static PollTexts For(Language language) => new(language);

    public string CmdNewPoll => T(nameof(CmdNewPoll));

    public string CmdPolls => T(nameof(CmdPolls));

    public string AskQuestion(int max) => T(nameof(AskQuestion), ("max", max));

    public string AskOptions(int min, int max, int length) => T(nameof(AskOptions), ("min", min), ("max", max), ("length", length));

    public string TooFewOptions(int min) => T(nameof(TooFewOptions), ("min", min));

    public string TooManyOptions(int max) => T(nameof(TooManyOptions), ("max", max));

    public string OptionTooLong(int number, int max) => T(nameof(OptionTooLong), ("number", number), ("max", max));

    public string OptionsRepeat => T(nameof(OptionsRepeat));

    public string AskAudience => T(nameof(AskAudience));

    public string AskClosing(string example) => T(nameof(AskClosing), ("example", example));

    [Label] public string InDays(int days) => days == 7 ? T("InAWeek") : T(nameof(InDays), ("count", days));

    public string ClosingTooFar(int days) => T(nameof(ClosingTooFar), ("days", days));

    public string Preview(string question, string options, string audience, LocalMoment closes) => T(nameof(Preview), ("question", question), ("options", options), ("audience", audience), ("closes", closes));

    [Label] public string Send => T(nameof(Send));

    public string Nobody => T(nameof(Nobody));

    public string Queued(long number, int count) => T(nameof(Queued), ("number", number), ("count", count));

    public string Body(string question, string options, LocalMoment closes) => T(nameof(Body), ("question", question), ("options", options), ("closes", closes));

    /// <summary>The question of Telegram's own poll, with its closing day and time: the question in the person's words is plain text there.</summary>
    public string NativeQuestion(string question, LocalMoment closes) => T(nameof(NativeQuestion), ("question", question), ("closes", closes));

    public string Voted(string option, LocalMoment closes) => T(nameof(Voted), ("option", option), ("closes", closes));

    public string Withdrawn => T(nameof(Withdrawn));

    [Label] public string Withdraw => T(nameof(Withdraw));

    public string NothingToWithdraw => T(nameof(NothingToWithdraw));

    public string Closed => T(nameof(Closed));

    public string NotForYou => T(nameof(NotForYou));

    /// <summary>A vote in a poll for everyone from someone it was not sent to (a forwarded copy), who takes neither announcements nor the digest.</summary>
    public string NotSentToYou => T(nameof(NotSentToYou));

    public string ResultsTitle(string question) => T(nameof(ResultsTitle), ("question", question));

    public string ResultLine(int number, string option, int votes, int percent) => T(nameof(ResultLine), ("number", number), ("option", option), ("votes", votes), ("percent", percent));

    public string Total(int votes) => T(nameof(Total), ("count", votes));

    public string ThanksForVoting => T(nameof(ThanksForVoting));

    public string PollsHeader => T(nameof(PollsHeader));

    public string PollsEmpty => T(nameof(PollsEmpty));

    public string OpenUntil(LocalMoment closes) => T(nameof(OpenUntil), ("closes", closes));

    public string ClosedOn(LocalMoment closed) => T(nameof(ClosedOn), ("closed", closed));

    [Label] public string Csv => T(nameof(Csv));

    [Label] public string CloseNow => T(nameof(CloseNow));

    public string ClosedNow(long number, int voters) => T(nameof(ClosedNow), ("number", number), ("count", voters));

    public string CsvReady(long number) => T(nameof(CsvReady), ("number", number));

    public IReadOnlyList<string> CsvHeaders => [.. CsvColumns.Select(column => T($"CsvHeaders.{column}"))];

    private static readonly string[] CsvColumns = ["Number", "Option", "Votes", "Share", "Language", "App"];

    public string DigestHeader => T(nameof(DigestHeader));

    public string DigestLine(string question, LocalMoment closes) => T(nameof(DigestLine), ("question", question), ("closes", closes));

    [Label] public string Vote => T(nameof(Vote));

    public string DraftPoll(string question) => T(nameof(DraftPoll), ("question", question));
}
