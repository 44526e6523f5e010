using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Preferences;

/// <summary>/settings: what a person is sent.</summary>
public sealed class PreferencesFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [SettingsCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Handles<SettingsCommand>()
        .Handles<SettingsButtons>();
}
