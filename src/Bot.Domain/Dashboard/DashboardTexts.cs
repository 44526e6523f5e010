using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Dashboard;

/// <summary>What /dashboard says, in each language.</summary>
public sealed class DashboardTexts(Language language) : TranslatedTexts(language, DashboardTexts.Namespace), IFeatureTexts
{
    /// <summary>Its translator files: <c>texts/signin/{language}.json</c>.</summary>
    public const string Namespace = "signin";

    public static DashboardTexts For(Language language) => new(language);

    public string Command => T(nameof(Command));

    public string Link(string url, int minutes) => T(nameof(Link), ("url", url), ("count", minutes));

    public string NotSetUp => T(nameof(NotSetUp));

    public string Title => T(nameof(Title));

    public string Welcome(string name) => T(nameof(Welcome), ("name", name));

    public string SignIn => T(nameof(SignIn));

    public string SignOut => T(nameof(SignOut));

    public string LinkRefused => T(nameof(LinkRefused));

    public string SignedOut => T(nameof(SignedOut));

    /// <summary>For someone who opens the dashboard without having signed in.</summary>
    public string NotSignedIn => T(nameof(NotSignedIn));

    public string NotCoordinator => T(nameof(NotCoordinator));
}
