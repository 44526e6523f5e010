using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>The "ConnectionStrings" section: where the database lives.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string SectionName = "ConnectionStrings";
    public const string DefaultConnectionString = "Data Source=data/genycity.db";

    /// <summary>ConnectionStrings:Bot, a SQLite connection string; a relative path is relative to the working folder.</summary>
    public string Bot { get; set; } = DefaultConnectionString;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? dataSource = null;
        string? problem = null;
        try
        {
            dataSource = new SqliteConnectionStringBuilder(Bot).DataSource;
        }
        catch (ArgumentException ex)
        {
            problem = ex.Message;
        }

        if (problem is not null || string.IsNullOrWhiteSpace(dataSource))
        {
            yield return new($"ConnectionStrings:Bot is not a SQLite connection string such as '{DefaultConnectionString}'{(problem is null ? "." : $": {problem}")}");
        }
    }

    /// <summary>The database file's full path, or null for an in-memory database.</summary>
    public string? DatabaseFile()
    {
        var builder = new SqliteConnectionStringBuilder(Bot);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is ":memory:" or ""
            ? null
            : Path.GetFullPath(builder.DataSource);
    }
}
