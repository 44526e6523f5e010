using System.Security.Cryptography;
using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Dashboard;

/// <summary>
/// A one-time sign-in link for the dashboard: a random token sent to the coordinator's own chat, of which only
/// the SHA-256 hash is kept, good once and for minutes.
/// </summary>
public sealed class DashboardLink
{
    private DashboardLink()
    {
        TokenHash = string.Empty;
    }

    public long Id { get; private set; }

    public string TokenHash { get; private set; }

    public long MemberId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>A new link for a coordinator, and its token (32 random bytes, base64url), which is not stored.</summary>
    public static (DashboardLink Link, string Token) Issue(Member member, DateTimeOffset now, TimeSpan lifetime)
    {
        var token = NewToken();
        return (new DashboardLink { TokenHash = Hash(token), MemberId = member.Id, CreatedAt = now, ExpiresAt = now + lifetime }, token);
    }

    /// <summary>32 random bytes, base64url: a link's token, or a session's.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Uses the link; false when it was used already or has expired.</summary>
    public bool Redeem(DateTimeOffset now)
    {
        if (UsedAt is not null || now >= ExpiresAt)
        {
            return false;
        }

        UsedAt = now;
        return true;
    }
}

/// <summary>Port to the stored sign-in links.</summary>
public interface IDashboardLinks
{
    void Add(DashboardLink link);

    Task<DashboardLink?> FindAsync(string tokenHash, CancellationToken ct);
}

/// <summary>/dashboard (coordinators): a one-time sign-in link to the web dashboard, in their own chat.</summary>
public sealed class DashboardCommand(IDashboardLinks links, DashboardOptions options) : ICommand
{
    public CommandInfo Info => CommandCatalog.Dashboard;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var t = DashboardTexts.For(chat.Member.Language);
        if (!options.IsOn)
        {
            chat.ReplyPrivately(t.NotSetUp);
            return Task.CompletedTask;
        }

        var (link, token) = DashboardLink.Issue(chat.Member, chat.Now, options.LinkLifetime);
        links.Add(link);
        chat.Send(new OutboundMessage(new Recipient(chat.Member.Channel, chat.Member.ChatId), t.Link($"{options.PublicUrl.TrimEnd('/')}/dashboard/signin?token={token}", (int)options.LinkLifetime.TotalMinutes))
        {
            // The link signs in whoever has it: once it is delivered, no copy stays readable in the database's files.
            HoldsSecret = true,
        });
        return Task.CompletedTask;
    }
}

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

/// <summary>The dashboard's sign-in, by the links /dashboard sends.</summary>
public sealed class DashboardFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .Settings<DashboardOptions>(DashboardOptions.SectionName)
        .Handles<DashboardCommand>();
}
