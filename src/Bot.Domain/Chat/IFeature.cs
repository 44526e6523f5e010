namespace GenYCity.Bot.Domain.Chat;

/// <summary>
/// One capability of the bot (ideas, events, the digest…): it registers its commands, button handlers,
/// flows, services and settings in one place, so the host and the tests compose the same bot.
/// </summary>
public interface IFeature
{
    void Register(FeatureBuilder feature);
}
