using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>Ideas: /idea, /ideas with supports and reports, /myideas, and the coordinators' moderation.</summary>
public sealed class IdeasFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [SubmitIdeaFlow.Command, IdeasCommand.Command, MyIdeasCommand.Command, PendingCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Settings<IdeasOptions>(IdeasOptions.SectionName)
        .Uses<IdeaNotices>()
        .Uses<ModerateIdea>()
        .Uses<IdeaSupports>()
        .Uses<SimilarIdeas.SimilarIdeaFinder>()
        .Handles<SubmitIdeaFlow>()
        .Handles<SubmittedIdeaButtons>()
        .Handles<IdeasCommand>()
        .Handles<VoteButtons>()
        .Handles<MyIdeasCommand>()
        .Handles<PendingCommand>()
        .Handles<ModerationButtonsHandler>()
        .Handles<ModerationNoteFlow>();
}
