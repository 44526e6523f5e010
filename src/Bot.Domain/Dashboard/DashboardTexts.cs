using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Dashboard;

/// <summary>What /dashboard says, in each language.</summary>
public sealed class DashboardTexts : IFeatureTexts
{
    private static readonly DashboardTexts Lv = new()
    {
        Language = Language.Lv,
        Command = "Saite pieteikšanās koordinatoru vadības panelim",
        Link = (url, minutes) => $"🖥 Tava pieteikšanās saite vadības panelim (derīga {Plural.Lv(minutes, "minūtes", "minūti", "minūtes")}, izmantojama vienu reizi):\n{url}\nNevienam to nepārsūti.",
        NotSetUp = "Vadības panelis šai pilsētai vēl nav iestatīts (Dashboard:PublicUrl).",
        Title = "Koordinatoru vadības panelis",
        Welcome = name => $"Sveiki, {name}!",
        SignIn = "Ieiet",
        SignOut = "Iziet",
        LinkRefused = "Šī saite jau ir izmantota vai vairs nav derīga. Sūti botam /dashboard, lai saņemtu jaunu.",
        SignedOut = "Tu izgāji no vadības paneļa. Lai ieietu vēlreiz, sūti botam /dashboard.",
        NotCoordinator = "Vadības panelis ir tikai pilsētas koordinatoriem.",
    };

    private static readonly DashboardTexts Ru = new()
    {
        Language = Language.Ru,
        Command = "Ссылка для входа в панель координаторов",
        Link = (url, minutes) => $"🖥 Твоя ссылка для входа в панель (действует {Plural.Ru(minutes, "минуту", "минуты", "минут")}, только один раз):\n{url}\nНикому её не пересылай.",
        NotSetUp = "Панель для этого города ещё не настроена (Dashboard:PublicUrl).",
        Title = "Панель координаторов",
        Welcome = name => $"Привет, {name}!",
        SignIn = "Войти",
        SignOut = "Выйти",
        LinkRefused = "Эта ссылка уже использована или больше не действует. Отправь боту /dashboard, чтобы получить новую.",
        SignedOut = "Выход выполнен. Чтобы войти снова, отправь боту /dashboard.",
        NotCoordinator = "Панель — только для координаторов города.",
    };

    private static readonly DashboardTexts En = new()
    {
        Language = Language.En,
        Command = "A sign-in link to the coordinators’ dashboard",
        Link = (url, minutes) => $"🖥 Your sign-in link to the dashboard (valid for {Plural.En(minutes, "minute")}, single use):\n{url}\nDo not forward it to anyone.",
        NotSetUp = "The dashboard is not set up for this city yet (Dashboard:PublicUrl).",
        Title = "Coordinators’ dashboard",
        Welcome = name => $"Hello, {name}!",
        SignIn = "Sign in",
        SignOut = "Sign out",
        LinkRefused = "This link has been used or is no longer valid. Send /dashboard to the bot for a new one.",
        SignedOut = "You are signed out. To sign in again, send /dashboard to the bot.",
        NotCoordinator = "The dashboard is for the city’s coordinators only.",
    };

    public required Language Language { get; init; }

    public required string Command { get; init; }

    public required Func<string, int, string> Link { get; init; }

    public required string NotSetUp { get; init; }

    public required string Title { get; init; }

    public required Func<string, string> Welcome { get; init; }

    public required string SignIn { get; init; }

    public required string SignOut { get; init; }

    public required string LinkRefused { get; init; }

    public required string SignedOut { get; init; }

    public required string NotCoordinator { get; init; }

    public static DashboardTexts For(Language language) => language switch
    {
        Language.Lv => Lv,
        Language.Ru => Ru,
        _ => En,
    };
}
