using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Results;

/// <summary>
/// A feature's own results in /results (a budget's winners), shown on the first page before the ideas' results.
/// A feature adds one with <c>feature.Adds&lt;IResultsPart, …&gt;()</c>.
/// </summary>
public interface IResultsPart
{
    /// <summary>Sends what it has to the person; false when it has nothing.</summary>
    Task<bool> ShowAsync(ChatContext chat, CancellationToken ct);
}
