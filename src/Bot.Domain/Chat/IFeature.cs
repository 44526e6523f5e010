namespace GenYCity.Bot.Domain.Chat;

/// <summary>
/// One capability of the bot (ideas, events, the digest…): it declares its commands and registers its command
/// handlers, button handlers, flows, services and settings in one place, so the host and the tests compose
/// the same bot.
/// </summary>
public interface IFeature
{
    /// <summary>The commands it offers (each one's <see cref="CommandInfo"/>, declared by its handler); the catalog is built from them.</summary>
    IReadOnlyList<CommandInfo> Commands => [];

    void Register(FeatureBuilder feature);
}
