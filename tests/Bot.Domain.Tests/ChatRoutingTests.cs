using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

public sealed class ChatRoutingTests
{
    private readonly EchoFlow flow = new();
    private readonly ChatHarness chat;

    public ChatRoutingTests() => chat = new ChatHarness([flow], [flow]);

    [Fact]
    public async Task UnknownText_AfterOnboarding_GetsAHelpfulAnswerWithTheMenu()
    {
        await chat.Onboard(Language.En);

        var reply = Assert.Single(await chat.Say("what is this?"));

        Assert.Equal(Phrasebook.For(Language.En).UnknownText, reply.Text);
        Assert.Contains("/help", reply.Payloads());
    }

    [Fact]
    public async Task AnUnknownCommand_IsNamedBack_Escaped()
    {
        await chat.Onboard(Language.En);

        var reply = Assert.Single(await chat.Say("/dance<b>"));

        Assert.Equal("I don’t know the command /dance&lt;b&gt;. Send /help to see the ones I do.", reply.Text);
    }

    [Theory]
    [InlineData("lv")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task AnUnsupportedMessage_GetsAShortHelpfulAnswerInTheMembersLanguage(string language)
    {
        await chat.Onboard(language);

        var reply = Assert.Single(await chat.SendUnsupported());

        Assert.Equal(Phrasebook.For(language).Unsupported, reply.Text);
    }

    [Fact]
    public async Task AStaleButton_GetsAPoliteAnswer_AndChangesNothing()
    {
        await chat.Onboard(Language.En);

        var reply = Assert.Single(await chat.Press("idea:approve:5"));

        Assert.Equal(Phrasebook.For(Language.En).StaleButton, reply.Text);
        Assert.Equal(Subscriptions.All, chat.Member().Subscriptions);
    }

    [Fact]
    public async Task AMenuButton_RunsItsCommand()
    {
        await chat.Onboard(Language.En);

        var reply = Assert.Single(await chat.Press("/help"));

        Assert.StartsWith(Phrasebook.For(Language.En).HelpIntro, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_WithNothingGoingOn_SaysSo()
    {
        await chat.Onboard(Language.En);

        var reply = Assert.Single(await chat.Say("/cancel"));

        Assert.Equal(Phrasebook.For(Language.En).NothingToCancel, reply.Text);
    }

    [Fact]
    public async Task WhileAFlowRuns_TextAndItsButtonsGoToIt_AndTheDraftIsKept()
    {
        await chat.Onboard(Language.En);
        await chat.Say("/echo");

        await chat.Say("first");
        var replies = await chat.Press("echo:second");

        Assert.Equal("first|echo:second", Assert.Single(replies).Text);
        var conversation = Assert.Single(chat.StoredConversations);
        Assert.Equal(nameof(EchoStep.Second), conversation.Step);
    }

    [Fact]
    public async Task Cancel_LeavesTheFlow_AndItsButtonsStopWorking()
    {
        await chat.Onboard(Language.En);
        await chat.Say("/echo");
        await chat.Say("first");

        var cancelled = Assert.Single(await chat.Say("/cancel"));
        Assert.Equal(Phrasebook.For(Language.En).Cancelled, cancelled.Text);
        Assert.Empty(chat.StoredConversations);

        var stale = Assert.Single(await chat.Press("echo:again"));
        Assert.Equal(Phrasebook.For(Language.En).StaleButton, stale.Text);
    }

    [Fact]
    public async Task TheCoordinatorRole_FollowsConfiguration()
    {
        await chat.Say("/start", userId: "1");
        await chat.Say("/start", userId: "2");
        Assert.True(chat.Member("1").IsCoordinator);
        Assert.False(chat.Member("2").IsCoordinator);

        chat.Options.Coordinators.Clear();
        await chat.Say("/start", userId: "1");
        Assert.False(chat.Member("1").IsCoordinator);
    }

    [Fact]
    public async Task EveryMessage_IsRecordedAsTheMembersLastContact()
    {
        await chat.Say("/start");
        chat.Clock.Advance(TimeSpan.FromHours(3));

        await chat.Say("hello");

        Assert.Equal(chat.Clock.GetUtcNow(), chat.Member().LastMessageAt);
    }

    private enum EchoStep
    {
        First,
        Second,
    }

    private sealed record EchoDraft
    {
        public string Collected { get; init; } = string.Empty;
    }

    /// <summary>A two-step flow started by "/echo", to exercise the flow mechanism.</summary>
    private sealed class EchoFlow : IFlow, ICommand
    {
        public string Name => "echo";

        public CommandInfo Info { get; } = new("echo", Audience.Everyone, true, 999, _ => "echo");

        public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
        {
            chat.BeginConversation(Name, nameof(EchoStep.First), new EchoDraft());
            return Task.CompletedTask;
        }

        public Task HandleAsync(ChatContext chat, Conversation conversation, CancellationToken ct)
        {
            var draft = conversation.ReadDraft<EchoDraft>();
            var input = chat.Message.Kind == InboundKind.Button ? chat.Message.Payload : chat.Message.Text;
            var collected = draft.Collected.Length == 0 ? input! : $"{draft.Collected}|{input}";
            conversation.MoveTo(nameof(EchoStep.Second), draft with { Collected = collected }, chat.Now);
            if (collected.Contains('|', StringComparison.Ordinal))
            {
                chat.Reply(collected);
            }

            return Task.CompletedTask;
        }

        public string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) => null;

        public Task ResumeAsync(ChatContext chat, Conversation conversation, CancellationToken ct) => Task.CompletedTask;
    }
}
