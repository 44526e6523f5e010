using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// What a host suite sets up before each test and removes after it: a database of the test's own (a copy of the
/// migrated template, on <see cref="Provider"/>), the fake Bot API, the fake Graph API where the suite has one,
/// and the real bot started on them with the suite's <see cref="Settings"/> and <see cref="ConfigureServices"/>.
/// A suite that starts the bot itself, or not at all, says <see cref="StartsBot"/> false; one for the console
/// chat alone says <see cref="UsesTelegram"/> false.
/// </summary>
public abstract class BotTest : IAsyncLifetime
{
    private FakeGraphApi? graph;
    private FakeCloudApi? cloud;
    private RunningBot? bot;

    /// <summary>The database the bot runs on.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>Whether the fake Bot API is started (a console-only suite says false).</summary>
    protected virtual bool UsesTelegram => true;

    /// <summary>Whether the fake Graph API is started too (for Messenger, the Page's feed).</summary>
    protected virtual bool UsesGraph => false;

    /// <summary>Whether the fake WhatsApp Cloud API is started too.</summary>
    protected virtual bool UsesWhatsApp => false;

    /// <summary>Whether the bot is started before each test.</summary>
    protected virtual bool StartsBot => true;

    /// <summary>Whether the bot takes Telegram's updates by webhook: the fake then accepts setWebhook.</summary>
    protected virtual bool TelegramByWebhook => false;

    /// <summary>The suite's settings on top of <see cref="RunningBot"/>'s; read each time the bot starts.</summary>
    protected virtual IEnumerable<string> Settings => [];

    /// <summary>For calling the bot's own endpoints (webhooks, health); shared, as HttpClient is meant to be.</summary>
    protected static HttpClient Http { get; } = new();

    public TestDatabase Database { get; private set; } = null!;

    public FakeBotApi Api { get; private set; } = null!;

    public FakeGraphApi Graph => graph ?? throw new InvalidOperationException($"{GetType().Name} has no fake Graph API: say {nameof(UsesGraph)}.");

    public FakeCloudApi Cloud => cloud ?? throw new InvalidOperationException($"{GetType().Name} has no fake Cloud API: say {nameof(UsesWhatsApp)}.");

    /// <summary>WhatsApp on, against the fake Cloud API: the settings a suite adds when people write on WhatsApp.</summary>
    protected IEnumerable<string> WhatsAppChat => RunningBot.WhatsAppSettings(Cloud);

    /// <summary>The bot started by <see cref="InitializeAsync"/>, <see cref="StartBotAsync"/> or <see cref="RestartBotAsync"/>.</summary>
    public RunningBot Bot => bot ?? throw new InvalidOperationException("The bot has not been started.");

    /// <summary>Messenger chat on, against the fake Graph API: the settings a suite adds when people write on Messenger.</summary>
    protected IEnumerable<string> MessengerChat => RunningBot.MessengerSettings(Graph);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.OfAsync(Provider);
        if (UsesTelegram)
        {
            Api = await FakeBotApi.StartAsync();
        }

        if (UsesGraph)
        {
            graph = await FakeGraphApi.StartAsync();
        }

        if (UsesWhatsApp)
        {
            cloud = await FakeCloudApi.StartAsync();
        }

        if (TelegramByWebhook)
        {
            Api.Intercept = call => call.Method == "setWebhook" ? FakeBotApi.Ok(true) : null;
        }

        await BeforeStartAsync();
        if (StartsBot)
        {
            await StartBotAsync();
        }

        await ArrangeAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (bot is not null)
        {
            await bot.DisposeAsync();
        }

        if (graph is not null)
        {
            await graph.DisposeAsync();
        }

        if (cloud is not null)
        {
            await cloud.DisposeAsync();
        }

        if (UsesTelegram)
        {
            await Api.DisposeAsync();
        }

        Database.Dispose();
    }

    /// <summary>What the fakes must do before the bot starts (answer setWebhook, say), or rows the bot must find.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    /// <summary>What each test of the suite starts from, once the bot is up: people onboarded, rows seeded.</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    /// <summary>Services the suite puts in place of the bot's (a fake clock, a recording sender).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// Writes people who have consented straight to the database, before any bot starts: Telegram users with ids
    /// from <paramref name="firstId"/> on, in Latvian, Russian and English in turn; then whatever else the test needs.
    /// </summary>
    protected async Task SeedMembersAsync(int count, int firstId, DateTimeOffset at, Func<BotDbContext, Task>? andThen = null)
    {
        await using var store = await StoreServices.CreateAsync(Database);
        await store.InScopeAsync(async db =>
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < count; i++)
            {
                var id = (firstId + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var member = new Member(ChannelKind.Telegram, id, id, ((i % 3) switch { 0 => Language.Lv, 1 => Language.Ru, _ => Language.En }), at);
                member.GiveConsent(at);
                db.Members.Add(member);
            }

            await db.SaveChangesAsync();
            if (andThen is not null)
            {
                await andThen(db);
                await db.SaveChangesAsync();
            }
        });
    }

    /// <summary>Starts the bot with the suite's settings and these; it is stopped after the test.</summary>
    protected async Task<RunningBot> StartBotAsync(params string[] settings)
    {
        if (bot is not null)
        {
            throw new InvalidOperationException("The bot is running: restart it with RestartBotAsync.");
        }

        bot = UsesTelegram
            ? await RunningBot.StartTelegramAsync(Api, Database, ConfigureServices, [.. Settings, .. settings])
            : await RunningBot.StartAsync(Database, ConfigureServices, ["--Telegram:BotToken=", .. Settings, .. settings]);
        return bot;
    }

    /// <summary>Stops the bot, then starts it again on the same database (with these settings as well).</summary>
    protected async Task<RunningBot> RestartBotAsync(params string[] settings)
    {
        await StopBotAsync();
        return await StartBotAsync(settings);
    }

    /// <summary>Stops the bot, as a process that ends; the test may start it again.</summary>
    protected async Task StopBotAsync()
    {
        if (bot is not null)
        {
            var stopping = bot;
            bot = null;
            await stopping.DisposeAsync();
        }
    }
}
