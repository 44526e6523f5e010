using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>
/// Routes a message: commands to their handler, button presses to the handler of their prefix or the
/// running flow, other input to the running flow; and keeps onboarding first until the person consents.
/// </summary>
public sealed class BotEngine : IBot
{
    private readonly IMemberRepository members;
    private readonly IConversationRepository conversations;
    private readonly Handlers handlers;
    private readonly Drafts drafts;
    private readonly Coordinators coordinators;
    private readonly BotOptions options;
    private readonly Privacy.PrivacyOptions privacy;
    private readonly TimeProvider clock;

    public BotEngine(
        IMemberRepository members,
        IConversationRepository conversations,
        Handlers handlers,
        Drafts drafts,
        Coordinators coordinators,
        BotOptions options,
        Privacy.PrivacyOptions privacy,
        TimeProvider clock)
    {
        this.members = members;
        this.conversations = conversations;
        this.handlers = handlers;
        this.drafts = drafts;
        this.coordinators = coordinators;
        this.options = options;
        this.privacy = privacy;
        this.clock = clock;
    }

    public async Task<IReadOnlyList<OutboundMessage>> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var member = await members.FindAsync(message.Channel, message.UserId, ct);
        if (message.Kind is InboundKind.BotBlocked or InboundKind.BotUnblocked)
        {
            // The platform speaking, not the person: nothing to answer, and no row for someone unknown.
            if (message.Kind == InboundKind.BotBlocked)
            {
                member?.BlockedTheBot();
            }
            else
            {
                member?.UnblockedTheBot();
            }

            return [];
        }

        if (message.Kind == InboundKind.PollAnswer && member is not { HasConsented: true })
        {
            // A vote in a forwarded copy of a poll, by someone who never agreed to the notice: nothing kept.
            return [];
        }

        if (!message.IsPrivateChat && !WorksInGroup(message))
        {
            // A command addressed to the bot in a group, or a button other than the moderation chat's: it
            // points to the private chat and keeps nothing.
            var language = member?.Language ?? Languages.Guess(message.LanguageCode, options.Offered, options.FallbackLanguage);
            return [new OutboundMessage(message.ReplyTo, Phrasebook.For(language).GroupRedirect)];
        }

        var isNew = member is null;
        member ??= new Member(
            message.Channel,
            message.UserId,
            // Someone first seen in a group is written to privately at their user id.
            message.IsPrivateChat ? message.ChatId : message.UserId,
            Languages.Guess(message.LanguageCode, options.Offered, options.FallbackLanguage),
            now);
        member.Touch(now);
        member.Rename(message.DisplayName);
        member.SetCoordinator(coordinators.Contains(message.Channel, message.UserId));
        if (isNew)
        {
            // Written with all of the above at once; someone new has no conversation yet.
            await members.AddAsync(member, ct);
        }

        var conversation = isNew ? null : await conversations.FindAsync(member.Id, ct);

        var chat = new ChatContext(message, member, conversation, conversations, options, privacy, now);
        await RouteAsync(chat, ct);
        return chat.Outbox;
    }

    /// <summary>A button press whose handler takes presses in this group; nothing else is handled in a group.</summary>
    private bool WorksInGroup(InboundMessage message)
    {
        if (message.Kind != InboundKind.Button || message.Payload is not { } payload)
        {
            return false;
        }

        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        return handlers.Button(colon < 0 ? payload : payload[..colon]) is { } handler && handler.WorksInGroup(message);
    }

    public Task<OutboundMessage> ApologiseAsync(InboundMessage message, CancellationToken ct) =>
        NoticeAsync(message, t => t.SomethingWentWrong, ct);

    public Task<OutboundMessage> WarnAboutFloodingAsync(InboundMessage message, CancellationToken ct) =>
        NoticeAsync(message, t => t.FloodWarning, ct);

    private async Task<OutboundMessage> NoticeAsync(InboundMessage message, Func<Phrasebook, string> text, CancellationToken ct)
    {
        var member = await members.FindAsync(message.Channel, message.UserId, ct);
        var language = member?.Language ?? Languages.Guess(message.LanguageCode, options.Offered, options.FallbackLanguage);
        return new OutboundMessage(message.ReplyTo, text(Phrasebook.For(language)));
    }

    private async Task RouteAsync(ChatContext chat, CancellationToken ct)
    {
        var message = chat.Message;
        if (message is { Kind: InboundKind.PollAnswer, PollAnswer: { } answer })
        {
            if (handlers.PollAnswers is { } polls)
            {
                await polls.HandleAsync(chat, answer, ct);
            }

            return;
        }

        var commandSource = message.Kind == InboundKind.Button ? message.Payload : message.Text;
        if (CommandText.TryParse(commandSource, out var name, out var argument))
        {
            await RunCommandAsync(chat, name, argument, ct);
            return;
        }

        if (message.Kind == InboundKind.Button)
        {
            await PressAsync(chat, message.Payload ?? string.Empty, ct);
            return;
        }

        // A conversation is only ever begun by a command or button that passed its own checks;
        // the flow answers whatever comes, a sticker included, in the terms of its current step.
        if (chat.Conversation is { } conversation && handlers.Flow(conversation.Flow) is { } flow)
        {
            // The label of one of the question's own buttons, typed, is that button pressed, on every platform (asked
            // only of someone the flow is still for: for anyone else ContinueAsync ends it).
            if (MayContinue(chat, flow) && await flow.TypedPressAsync(chat, conversation, ct) is { } payload)
            {
                chat.TakeAsPress(payload);
                await RouteAsync(chat, ct);
                return;
            }

            await ContinueAsync(chat, flow, conversation, ct);
            return;
        }

        // A shared location means something only to the step of /idea that asks where.
        if (message.Kind is InboundKind.Unsupported or InboundKind.Location)
        {
            chat.Reply(chat.T.Unsupported);
            OnboardingSteps.Prompt(chat);
            return;
        }

        if (!chat.Member.HasConsented)
        {
            OnboardingSteps.Prompt(chat);
            return;
        }

        MainMenu.Show(chat, chat.T.UnknownText);
    }

    private static bool MayContinue(ChatContext chat, IFlow flow) => flow.Audience != Audience.Coordinators || chat.Member.IsCoordinator;

    /// <summary>The next step of a flow, for someone it is still for: a coordinator's draft ends when they no longer are one.</summary>
    private static Task ContinueAsync(ChatContext chat, IFlow flow, Conversation conversation, CancellationToken ct)
    {
        if (!MayContinue(chat, flow))
        {
            chat.EndConversation();
            chat.Reply(chat.T.CoordinatorsOnly);
            return Task.CompletedTask;
        }

        return flow.HandleAsync(chat, conversation, ct);
    }

    private async Task RunCommandAsync(ChatContext chat, string name, string argument, CancellationToken ct)
    {
        if (handlers.Command(name) is not { } command)
        {
            chat.Reply(chat.T.UnknownCommand(Markup.Escape(name)));
            return;
        }

        if (command.Info.Audience == Audience.Coordinators && !chat.Member.IsCoordinator)
        {
            chat.Reply(chat.T.CoordinatorsOnly);
            return;
        }

        if (command.Info.NeedsConsent && !chat.Member.HasConsented)
        {
            OnboardingSteps.Prompt(chat);
            return;
        }

        // A command that starts a flow would replace an unfinished draft: ask first.
        if (command is IFlow && drafts.AskBeforeStartingOver(chat, command.Info, argument))
        {
            return;
        }

        await command.ExecuteAsync(chat, argument, ct);
    }

    private async Task PressAsync(ChatContext chat, string payload, CancellationToken ct)
    {
        // Start over, under the question a flow-starting button asked: the button itself, the draft replaced.
        var replacing = payload.StartsWith(Drafts.ReplacePrefix, StringComparison.Ordinal);
        if (replacing)
        {
            payload = payload[Drafts.ReplacePrefix.Length..];
            chat.RetireSourceButtons();
        }

        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? payload : payload[..colon];
        var argument = colon < 0 ? string.Empty : payload[(colon + 1)..];

        if (chat.Conversation is { } conversation
            && conversation.Flow == prefix
            && handlers.Flow(prefix) is { } flow)
        {
            await ContinueAsync(chat, flow, conversation, ct);
            return;
        }

        if (handlers.Button(prefix) is { } handler)
        {
            if (handler.Audience == Audience.Coordinators && !chat.Member.IsCoordinator)
            {
                chat.Reply(chat.T.CoordinatorsOnly);
                return;
            }

            if (handler.NeedsConsent && !chat.Member.HasConsented)
            {
                OnboardingSteps.Prompt(chat);
                return;
            }

            // Asked in the person's own chat only: Start over pressed there could not redraw a card in a group.
            if (!replacing && chat.Message.IsPrivateChat && handler.StartsFlow(argument) && drafts.AskBeforeReplacing(chat, payload))
            {
                return;
            }

            await handler.HandleAsync(chat, argument, ct);
            return;
        }

        StaleButton.Answer(chat);
    }
}
