using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>Quick polls: /newpoll, answers by buttons and in Telegram's own polls, /polls, and the closing.</summary>
public sealed class PollsFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [NewPollFlow.Command, PollsCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Settings<PollsOptions>(PollsOptions.SectionName)
        .Shares<PollCards>()
        .Uses<PollClosing>()
        .Handles<NewPollFlow>()
        .Handles<PollVoteButtons>()
        .Handles<NativePollAnswers>()
        .Handles<PollsCommand>()
        .Handles<PollAdminButtons>();
}
