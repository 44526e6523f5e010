using System.Text.Json;
using GenYCity.Bot.Domain.Privacy;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>The sections of the repository's appsettings.json that the domain reads, as a city starts with them.</summary>
internal static class RepositorySettings
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<JsonDocument> File = new(() =>
        JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))));

    public static BotOptions Bot => Section<BotOptions>(BotOptions.SectionName);

    public static PrivacyOptions Privacy => Section<PrivacyOptions>(PrivacyOptions.SectionName);

    private static T Section<T>(string name) =>
        File.Value.RootElement.GetProperty(name).Deserialize<T>(Json) ?? throw new InvalidOperationException($"appsettings.json has no {name} section.");
}
