using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>Comments on published ideas: the thread under each idea, writing and replying, reports, and the coordinators' hiding.</summary>
public sealed class CommentsFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [];

    public void Register(FeatureBuilder feature) => feature
        .Settings<CommentsOptions>(CommentsOptions.SectionName)
        .Uses<CommentPages>()
        .Uses<CommentModeration>()
        .Handles<CommentFlow>()
        .Handles<CommentButtons>();
}
