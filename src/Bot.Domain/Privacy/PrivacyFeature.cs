using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>/privacy, /mydata and /forgetme.</summary>
public sealed class PrivacyFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [PrivacyCommand.Command, MyDataCommand.Command, ForgetMeCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Settings<PrivacyOptions>(PrivacyOptions.SectionName)
        .Uses<InactiveAccounts>()
        .Handles<PrivacyCommand>()
        .Handles<MyDataCommand>()
        .Handles<ForgetMeCommand>()
        .Handles<ForgetMeButtons>();
}
