using GenYCity.Bot.Domain.Exports;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>Export files live in an "exports" folder (beside the SQLite file by default), until the retention job removes them.</summary>
public sealed class ExportFolder(IOptions<DatabaseOptions> database) : IExportStore
{
    private string Folder => database.Value switch
    {
        { ExportsFolder: { Length: > 0 } configured } => Path.GetFullPath(configured),
        var options when options.DatabaseFile() is { } file => Path.Combine(Path.GetDirectoryName(file)!, "exports"),
        { Kind: DatabaseProvider.Postgres } => Path.GetFullPath(Path.Combine("data", "exports")),
        _ => Path.Combine(Path.GetTempPath(), "genycity", "memory", "exports"),
    };

    /// <summary>
    /// Writes the file under its name, or the first free "name-2", "name-3"…: a name is taken by creating the file,
    /// so two instances sharing the folder never write one file, and undoing one's never deletes the other's.
    /// </summary>
    public async Task<string> SaveAsync(string fileName, byte[] content, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        for (var copy = 1; ; copy++)
        {
            var path = Path.Combine(Folder, copy == 1 ? Path.GetFileName(fileName) : $"{Path.GetFileNameWithoutExtension(fileName)}-{copy}{Path.GetExtension(fileName)}");
            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            }
            catch (IOException) when (File.Exists(path))
            {
                continue;
            }

            await using (file)
            {
                await file.WriteAsync(content, ct);
            }

            return path;
        }
    }

    /// <summary>Deletes the files whose names start with <paramref name="prefix"/> (a person's /mydata documents).</summary>
    public void DeleteStartingWith(string prefix)
    {
        if (Directory.Exists(Folder))
        {
            foreach (var file in Directory.EnumerateFiles(Folder, Path.GetFileName(prefix) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Deletes files written before <paramref name="before"/>; returns how many.</summary>
    public int Purge(DateTimeOffset before)
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles().Where(f => f.LastWriteTimeUtc < before.UtcDateTime))
        {
            file.Delete();
            removed++;
        }

        return removed;
    }
}

/// <summary>
/// The files a unit of work makes for a message (an export, /mydata, a calendar file), in the export folder; a
/// file whose unit of work is not committed (undone, or refused and run again) is deleted, so a run made twice
/// leaves one file.
/// </summary>
internal sealed class UnitOfWorkFiles(ExportFolder folder, BatchContext unitOfWork) : IExportStore
{
    public async Task<string> SaveAsync(string fileName, byte[] content, CancellationToken ct)
    {
        var path = await folder.SaveAsync(fileName, content, ct);
        unitOfWork.IfUndone(() => File.Delete(path));
        return path;
    }
}
