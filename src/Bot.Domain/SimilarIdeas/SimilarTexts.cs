using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.SimilarIdeas;

/// <summary>What /idea says when published ideas look like the one being written, in each language.</summary>
public sealed class SimilarTexts(Language language) : TranslatedTexts(language, SimilarTexts.Namespace), IFeatureTexts
{
    /// <summary>Its translator files: <c>texts/similar/{language}.json</c>.</summary>
    public const string Namespace = "similar";

    public static SimilarTexts For(Language language) => new(language);

    public string Header => T(nameof(Header));

    public string Supports(int count) => T(nameof(Supports), ("count", count));

    public string Footer => T(nameof(Footer));

    [Label] public string Different => T(nameof(Different));

    [Label] public string Support(long number) => T(nameof(Support), ("number", number));

    [Label] public string Supported(long number) => T(nameof(Supported), ("number", number));

    [Label] public string Follow(long number) => T(nameof(Follow), ("number", number));

    [Label] public string Unfollow(long number) => T(nameof(Unfollow), ("number", number));

    public string SupportGiven(long number) => T(nameof(SupportGiven), ("number", number));

    public string SupportTaken(long number) => T(nameof(SupportTaken), ("number", number));

    public string FollowGiven(long number) => T(nameof(FollowGiven), ("number", number));

    public string FollowTaken(long number) => T(nameof(FollowTaken), ("number", number));
}
