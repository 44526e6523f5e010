using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Preferences;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>
/// Runs the real <see cref="BotEngine"/> with its ports substituted and backed by lists, "committing"
/// after each message the way the dispatcher does (ids are assigned then, as the database would).
/// </summary>
internal sealed class ChatHarness
{
    private readonly List<Member> members = [];
    private readonly List<Conversation> conversations = [];
    private int updates;

    private readonly IReadOnlyList<ICommand> extraCommands;

    public ChatHarness(IReadOnlyList<IFlow>? flows = null, IReadOnlyList<ICommand>? extraCommands = null)
    {
        Flows = flows ?? [];
        this.extraCommands = extraCommands ?? [];
        Members.FindAsync(default, default!, default)
            .ReturnsForAnyArgs(call => members.SingleOrDefault(m => m.Channel == call.ArgAt<ChannelKind>(0) && m.ExternalId == call.ArgAt<string>(1)));
        Members.When(r => r.Add(Arg.Any<Member>())).Do(call => members.Add(call.Arg<Member>()));
        Conversations.FindAsync(default, default)
            .ReturnsForAnyArgs(call => conversations.SingleOrDefault(c => c.MemberId == call.ArgAt<long>(0)));
        Conversations.When(r => r.Add(Arg.Any<Conversation>())).Do(call => conversations.Add(call.Arg<Conversation>()));
        Conversations.When(r => r.Remove(Arg.Any<Conversation>())).Do(call => conversations.Remove(call.Arg<Conversation>()));
    }

    public IMemberRepository Members { get; } = Substitute.For<IMemberRepository>();

    public IConversationRepository Conversations { get; } = Substitute.For<IConversationRepository>();

    public IReadOnlyList<IFlow> Flows { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public BotOptions Options { get; } = new()
    {
        Coordinators = ["telegram:1"],
        Organisation = new LocalizedText { Lv = "Pilsētas pašvaldība", Ru = "Городское самоуправление", En = "The City <Council> & Co" },
    };

    public IReadOnlyList<Member> StoredMembers => members;

    public IReadOnlyList<Conversation> StoredConversations => conversations;

    public Member Member(string userId = "42") => members.Single(m => m.ExternalId == userId);

    public Task<IReadOnlyList<OutboundMessage>> Say(string text, string userId = "42", string? languageCode = "en") =>
        Handle(new InboundMessage
        {
            Channel = ChannelKind.Telegram,
            ChatId = userId,
            UserId = userId,
            UpdateKey = $"u{++updates}",
            Kind = InboundKind.Text,
            Text = text,
            LanguageCode = languageCode,
        });

    public Task<IReadOnlyList<OutboundMessage>> Press(string payload, string userId = "42", string sourceMessageId = "77") =>
        Handle(new InboundMessage
        {
            Channel = ChannelKind.Telegram,
            ChatId = userId,
            UserId = userId,
            UpdateKey = $"u{++updates}",
            Kind = InboundKind.Button,
            Payload = payload,
            SourceMessageId = sourceMessageId,
        });

    public Task<IReadOnlyList<OutboundMessage>> SendUnsupported(string userId = "42", string? languageCode = "en") =>
        Handle(new InboundMessage
        {
            Channel = ChannelKind.Telegram,
            ChatId = userId,
            UserId = userId,
            UpdateKey = $"u{++updates}",
            Kind = InboundKind.Unsupported,
            LanguageCode = languageCode,
        });

    /// <summary>Takes a person through language and consent.</summary>
    public async Task Onboard(Language language, string userId = "42")
    {
        await Say("/start", userId);
        await Press(LanguageButtons.PayloadFor(language), userId);
        await Press(ConsentButtons.AcceptPayload, userId);
    }

    public async Task<IReadOnlyList<OutboundMessage>> Handle(InboundMessage message)
    {
        var engine = new BotEngine(
            Members,
            Conversations,
            [new StartCommand(), new SettingsCommand(), new LanguageCommand(), new HelpCommand(), new CancelCommand(), .. extraCommands],
            [new LanguageButtons(), new ConsentButtons(), new SettingsButtons()],
            Flows,
            new Coordinators(Options.Coordinators),
            Options,
            Clock);
        var replies = await engine.HandleAsync(message, CancellationToken.None);
        Commit();
        return replies;
    }

    private void Commit()
    {
        foreach (var member in members.Where(m => m.Id == 0))
        {
            typeof(Member).GetProperty(nameof(Domain.Members.Member.Id))!.SetValue(member, members.Max(m => m.Id) + 1);
        }
    }
}

internal static class OutboundAssertions
{
    public static IEnumerable<string> Payloads(this OutboundMessage message) =>
        message.Buttons.SelectMany(row => row).Select(b => b.Payload);
}
