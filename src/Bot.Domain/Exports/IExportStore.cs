namespace GenYCity.Bot.Domain.Exports;

/// <summary>Port to where export files are kept; returns the stored file's full path.</summary>
public interface IExportStore
{
    Task<string> SaveAsync(string fileName, byte[] content, CancellationToken ct);
}
