using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// One feature's share of what is stored about a person: the tables it answers for, the sections of /mydata
/// it adds, and what /forgetme erases of it. Each feature's part sits next to its tables' configuration.
/// </summary>
public interface IPersonalDataPart
{
    /// <summary>The entity types (tables) whose rows about a person this part shows and erases.</summary>
    IReadOnlyList<Type> Tables { get; }

    Task CollectAsync(Member member, PersonalData data, CancellationToken ct);

    Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct);
}
