using GenYCity.Bot.Domain.Ideas;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>Export files live in an "exports" folder beside the database file.</summary>
internal sealed class ExportFolder(IOptions<DatabaseOptions> database) : IExportStore
{
    public async Task<string> SaveAsync(string fileName, byte[] content, CancellationToken ct)
    {
        var folder = Path.Combine(
            Path.GetDirectoryName(database.Value.DatabaseFile() ?? Path.Combine(Path.GetTempPath(), "genycity", "memory"))!,
            "exports");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Path.GetFileName(fileName));
        for (var copy = 2; File.Exists(path); copy++)
        {
            path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(fileName)}-{copy}{Path.GetExtension(fileName)}");
        }

        await File.WriteAllBytesAsync(path, content, ct);
        return path;
    }
}
