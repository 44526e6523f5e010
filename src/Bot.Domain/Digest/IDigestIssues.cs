namespace GenYCity.Bot.Domain.Digest;

/// <summary>Which digest periods were issued; the key is unique, so a period is issued once however often the job runs.</summary>
public interface IDigestIssues
{
    Task<bool> WasIssuedAsync(string key, CancellationToken ct);

    void Add(DigestIssue issue);
}
