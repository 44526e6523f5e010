using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>Port to one person's stored data: collected for /mydata, erased for /forgetme.</summary>
public interface IPersonalDataStore
{
    Task<PersonalData> CollectAsync(Member member, CancellationToken ct);

    /// <summary>
    /// Erases the person: unpublished ideas, supports, reports, answers, reminders, the conversation, the
    /// messages to them and the records of their updates are deleted; published ideas and the counts of
    /// broadcasts they were part of stay, with nothing that names them; the member row goes last.
    /// </summary>
    Task EraseAsync(Member member, CancellationToken ct);
}
