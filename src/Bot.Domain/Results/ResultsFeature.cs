using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Results;

/// <summary>Closing the loop: following ideas and hearing of them, the council's answers, progress notes, and /results.</summary>
public sealed class ResultsFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [ResultsCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Settings<ResultsOptions>(ResultsOptions.SectionName)
        .Uses<Ideas.IdeaTimeline>()
        .Uses<FollowerNotices>()
        .Handles<FollowButtons>()
        .Handles<ResultsCommand>()
        .Handles<CoordinatorNewsButtons>()
        .Handles<CouncilAnswerFlow>()
        .Handles<ProgressNoteFlow>();
}
