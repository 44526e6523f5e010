using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Domain.Stats;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>
/// Runs the real <see cref="BotEngine"/> with every feature, its ports substituted and backed by lists
/// (ideas, polls, budgets and the like by in-memory fakes), the way the host composes it. Person "1" is a coordinator.
/// </summary>
internal sealed class ChatHarness
{
    private readonly List<Member> members = [];
    private readonly List<Conversation> conversations = [];
    private readonly IReadOnlyList<IFlow> extraFlows;
    private readonly IReadOnlyList<ICommand> extraCommands;
    private int updates;
    private ServiceProvider? services;
    private InMemoryIdeaNews? ideaNews;
    private InMemoryPolls? polls;

    public ChatHarness(IReadOnlyList<IFlow>? flows = null, IReadOnlyList<ICommand>? extraCommands = null)
    {
        Events = new InMemoryEvents(() => members);
        Broadcasts = new InMemoryBroadcasts(() => members, Events);
        extraFlows = flows ?? [];
        this.extraCommands = extraCommands ?? [];
        Members.FindAsync(default, default!, default)
            .ReturnsForAnyArgs(call => members.SingleOrDefault(m => m.Channel == call.ArgAt<ChannelKind>(0) && m.ExternalId == call.ArgAt<string>(1)));
        Members.FindByIdAsync(default, default).ReturnsForAnyArgs(call => members.SingleOrDefault(m => m.Id == call.ArgAt<long>(0)));
        Members.ListCoordinatorsAsync(default).ReturnsForAnyArgs(_ => members.Where(m => m.IsCoordinator).ToList());
        Members.AddAsync(default!, default).ReturnsForAnyArgs(call =>
        {
            var member = call.Arg<Member>();
            typeof(Member).GetProperty(nameof(Domain.Members.Member.Id))!.SetValue(member, members.Count + 1L);
            members.Add(member);
            return Task.CompletedTask;
        });
        Conversations.FindAsync(default, default)
            .ReturnsForAnyArgs(call => conversations.SingleOrDefault(c => c.MemberId == call.ArgAt<long>(0)));
        Conversations.When(r => r.Add(Arg.Any<Conversation>())).Do(call => conversations.Add(call.Arg<Conversation>()));
        Conversations.When(r => r.Remove(Arg.Any<Conversation>())).Do(call => conversations.Remove(call.Arg<Conversation>()));
    }

    public IMemberRepository Members { get; } = Substitute.For<IMemberRepository>();

    public IConversationRepository Conversations { get; } = Substitute.For<IConversationRepository>();

    public InMemoryIdeas Ideas { get; } = new();

    public InMemoryIdeaNews IdeaNews => ideaNews ??= Broadcasts.IdeaNews = new InMemoryIdeaNews(Ideas);

    public InMemoryEvents Events { get; }

    public InMemoryPolls Polls => polls ??= new InMemoryPolls(() => members);

    public InMemoryBudgets Budgets { get; } = new();

    public InMemoryComments Comments { get; } = new();

    public SettableTranslator Translator { get; } = new();

    public InMemoryTranslations Translations { get; } = new();

    public Domain.Dashboard.IDashboardLinks DashboardLinks { get; } = Substitute.For<Domain.Dashboard.IDashboardLinks>();

    public InMemoryBroadcasts Broadcasts { get; }

    public CrossPostTargets CrossPosts { get; set; } = new(null, null);

    /// <summary>The channel people write on.</summary>
    public ChannelKind Channel { get; set; } = ChannelKind.Telegram;

    public EventsOptions EventsOptions { get; } = new();

    public IExportStore Exports { get; } = Substitute.For<IExportStore>();

    /// <summary>The tables the last spreadsheet was made of; the host writes real .xlsx and its tests read it back.</summary>
    public RecordingSpreadsheets Spreadsheets { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public BotOptions Options { get; } = new()
    {
        Coordinators = ["telegram:1"],
        Languages = ["lv", "ru", "en"],
        Organisation = new LocalizedText { Lv = "Pilsētas pašvaldība", Ru = "Городское самоуправление", En = "The City <Council> & Co" },
        LocalTime = new LocalizedText { Lv = "Latvijas laiks", Ru = "по латвийскому времени", En = "Latvian time" },
        Themes =
        [
            new Theme { Key = "parks", Lv = "Parki", Ru = "Парки", En = "Parks" },
            new Theme { Key = "culture", Lv = "Kultūra", Ru = "Культура", En = "Culture" },
        ],
    };

    public PrivacyOptions Privacy { get; } = new()
    {
        ControllerContact = "Rātslaukums 1, LV-5401, dome@example.lv",
        DpoContact = "Rātslaukums 1, LV-5401",
        DpoEmail = "das@example.lv",
        Processor = "Pilsētas IT centrs",
        SupervisoryAuthority = RepositorySettings.Privacy.SupervisoryAuthority,
    };

    public IdeasOptions IdeasOptions { get; } = new() { DailyLimit = 5, ReportsToHide = 3, SupportsForCouncil = 3, PageSize = 2 };

    public IReadOnlyList<Member> StoredMembers => members;

    public IReadOnlyList<Conversation> StoredConversations => conversations;

    /// <summary>The name the platform gives with each message of a user, where it gives one.</summary>
    public Dictionary<string, string> Names { get; } = [];

    public Member Member(string userId = "42") => members.Single(m => m.ExternalId == userId);

    public Task<IReadOnlyList<OutboundMessage>> Say(string text, string userId = "42", string? languageCode = "en") =>
        Handle(Inbound(userId, InboundKind.Text, languageCode) with { Text = text });

    public Task<IReadOnlyList<OutboundMessage>> Press(string payload, string userId = "42", string sourceMessageId = "77", string? chatId = null) =>
        Handle(Inbound(userId, InboundKind.Button, "en") with
        {
            Payload = payload,
            SourceMessageId = sourceMessageId,
            ChatId = chatId ?? userId,
            IsPrivateChat = chatId is null,
        });

    public Task<IReadOnlyList<OutboundMessage>> SendPhoto(string photoRef, string userId = "42", string? caption = null) =>
        Handle(Inbound(userId, InboundKind.Photo, "en") with { PhotoRef = photoRef, Text = caption });

    public Task<IReadOnlyList<OutboundMessage>> SendUnsupported(string userId = "42", string? languageCode = "en") =>
        Handle(Inbound(userId, InboundKind.Unsupported, languageCode));

    /// <summary>Takes a person through language and consent.</summary>
    public async Task Onboard(Language language, string userId = "42")
    {
        await Say("/start", userId);
        await Press(LanguageButtons.PayloadFor(language), userId);
        await Press(ConsentButtons.AcceptPayload, userId);
    }

    /// <summary>Walks through /idea and submits it; returns the replies to Submit.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> SubmitIdea(string title, string userId = "42", string theme = "parks", string? photo = null)
    {
        await Say("/idea", userId);
        await Say(title, userId);
        await Say($"Description of {title}", userId);
        await Press(SubmitIdeaFlow.Payload($"theme:{theme}"), userId);
        _ = photo is null ? await Press(SubmitIdeaFlow.Payload("skip"), userId) : await SendPhoto(photo, userId);
        var preview = await Press(SubmitIdeaFlow.Payload("skip"), userId);
        if (Options.Districts.Count > 0)
        {
            preview = await Press(SubmitIdeaFlow.Payload("skip"), userId);
        }

        var submit = preview[^1].Payloads().Single(p => p.StartsWith("idea:submit:", StringComparison.Ordinal));
        return await Press(submit, userId);
    }

    public async Task<IReadOnlyList<OutboundMessage>> Handle(InboundMessage message)
    {
        services ??= Compose();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBot>().HandleAsync(message, CancellationToken.None);
    }

    /// <summary>Every feature, as the host composes them (<see cref="BotFeatures.All"/>), over this harness's ports.</summary>
    private ServiceProvider Compose()
    {
        var composition = new ServiceCollection();
        composition.AddSingleton(Members);
        composition.AddSingleton(Conversations);
        composition.AddSingleton<IIdeaRepository>(Ideas);
        composition.AddSingleton<IIdeaNewsRepository>(IdeaNews);
        composition.AddSingleton<Domain.Polls.IPollRepository>(Polls);
        composition.AddSingleton<Domain.Budgets.IBudgetRepository>(Budgets);
        composition.AddSingleton<Domain.Comments.ICommentRepository>(Comments);
        composition.AddSingleton<Domain.Translation.ITranslator>(Translator);
        composition.AddSingleton<Domain.Translation.ITranslationRepository>(Translations);
        composition.AddSingleton(DashboardLinks);
        composition.AddSingleton<IEventRepository>(Events);
        composition.AddSingleton<IBroadcastRepository>(Broadcasts);
        composition.AddTransient(_ => CrossPosts);
        composition.AddSingleton(Exports);
        composition.AddSingleton<ISpreadsheetWriter>(Spreadsheets);
        composition.AddSingleton(QuietPorts.Statistics());
        composition.AddSingleton(QuietPorts.DigestSource());
        composition.AddSingleton(Substitute.For<IDigestIssues>());
        composition.AddSingleton(Substitute.For<IDigestSchedule>());
        composition.AddSingleton(QuietPorts.PersonalData());
        composition.AddSingleton(Options);
        composition.AddTransient(_ => new Coordinators(Options.Coordinators));
        composition.AddSingleton<TimeProvider>(Clock);
        composition.AddBotFeatures(new GivenSettings(this));
        foreach (var flow in extraFlows)
        {
            composition.AddSingleton(flow);
        }

        foreach (var command in extraCommands)
        {
            composition.AddSingleton(command);
        }

        return composition.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The settings objects this harness holds, which tests change before a message is handled.</summary>
    private sealed class GivenSettings(ChatHarness harness) : IFeatureSettings
    {
        public void Add<TOptions>(IServiceCollection services, string sectionName)
            where TOptions : class, new()
        {
            object given = typeof(TOptions).Name switch
            {
                nameof(Domain.Ideas.IdeasOptions) => harness.IdeasOptions,
                nameof(Domain.Events.EventsOptions) => harness.EventsOptions,
                nameof(PrivacyOptions) => harness.Privacy,
                _ => new TOptions(),
            };
            services.AddSingleton((TOptions)given);
        }
    }

    private InboundMessage Inbound(string userId, InboundKind kind, string? languageCode) => new()
    {
        Channel = Channel,
        ChatId = userId,
        UserId = userId,
        UpdateKey = $"u{++updates}",
        Kind = kind,
        LanguageCode = languageCode,
        DisplayName = Names.GetValueOrDefault(userId),
    };
}

/// <summary>The ports of features these tests do not look into, answering as an empty city would.</summary>
internal static class QuietPorts
{
    public static IStatistics Statistics()
    {
        var statistics = Substitute.For<IStatistics>();
        statistics.GatherAsync(default, default, default).ReturnsForAnyArgs(new Figures(new MemberFigures(0, 0, 0, 0, 0), new IdeaFigures(0, 0, 0, 0, 0), 0, []));
        return statistics;
    }

    public static IDigestSource DigestSource()
    {
        var source = Substitute.For<IDigestSource>();
        source.GatherAsync(default!, default, default, default, default).ReturnsForAnyArgs(new DigestFacts([], [], [], new DigestFigures(0, 0, 0)));
        return source;
    }

    public static IPersonalDataStore PersonalData()
    {
        var store = Substitute.For<IPersonalDataStore>();
        store.CollectAsync(default!, default).ReturnsForAnyArgs(call =>
        {
            var member = call.Arg<Member>();
            return new PersonalData().Add("member", new PersonalData.MemberData(
                member.Channel.ToString(), member.ExternalId, member.ChatId, member.DisplayName, member.Language.Code, member.Consent.ToString(), member.ConsentChangedAt,
                member.IsCoordinator, false, false, false, member.IsReachable, member.CreatedAt, member.LastMessageAt, member.InactivityNoticeAt));
        });
        return store;
    }
}

internal static class OutboundAssertions
{
    public static IEnumerable<string> Payloads(this OutboundMessage message) =>
        message.Buttons.SelectMany(row => row).Select(b => b.Payload);

    public static OutboundMessage To(this IEnumerable<OutboundMessage> messages, string chatId) =>
        messages.Single(m => m.To.ChatId == chatId && !m.ButtonsOnly);
}

/// <summary>A spreadsheet port that keeps the tables it was given.</summary>
public sealed class RecordingSpreadsheets : ISpreadsheetWriter
{
    public IReadOnlyList<Table> Tables { get; private set; } = [];

    public string DateFormat { get; private set; } = string.Empty;

    public byte[] Write(IReadOnlyList<Table> tables, string dateFormat)
    {
        (Tables, DateFormat) = (tables, dateFormat);
        return [0x50, 0x4B];
    }
}
