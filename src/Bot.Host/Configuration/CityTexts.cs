using System.Text.Json;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Texts;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Configuration;

/// <summary>
/// A city's own words (Bot:TextsFolder): its translator files laid over the bot's, key by key, before the
/// settings are checked, so the same checks cover them. A folder that cannot be read stops the start with one
/// line, as a bad setting does; what it changes is said once in the log.
/// </summary>
internal static class CityTexts
{
    public static void Read(WebApplicationBuilder builder)
    {
        if (builder.Configuration[Key] is not { Length: > 0 })
        {
            return;
        }

        if (Use(builder.Configuration) is { } problem)
        {
            builder.Services.AddSingleton<IValidateOptions<BotOptions>>(new Unreadable(problem));
            return;
        }

        builder.Services.AddHostedService<Report>();
    }

    /// <summary>
    /// Lays the folder the settings name (if any) over the bot's texts, for this process; what is wrong with it, or
    /// null. The operator's commands call it too: the languages a city added are values its database holds.
    /// </summary>
    public static string? Use(IConfiguration configuration)
    {
        if (configuration[Key] is not { Length: > 0 } folder)
        {
            return null;
        }

        try
        {
            // One city per process: the texts are the process's, as the phrasebooks are reached from everywhere.
            TextCatalog.Use(TextCatalog.Load(TextCatalog.ShippedFolder, Path.GetFullPath(folder)));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or JsonException)
        {
            return $"{Key}: {e.Message}";
        }
    }

    private const string Key = $"{BotOptions.SectionName}:{nameof(BotOptions.TextsFolder)}";

    private sealed class Unreadable(string problem) : IValidateOptions<BotOptions>
    {
        public ValidateOptionsResult Validate(string? name, BotOptions options) => ValidateOptionsResult.Fail(problem);
    }

    private sealed class Report(BotOptions bot, ILogger<Report> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogInformation(
                "The city's texts from {Folder} replace the bot's in {Files}",
                bot.TextsFolder,
                TextCatalog.Current.Overridden.Count > 0 ? string.Join(", ", TextCatalog.Current.Overridden) : "no file");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
