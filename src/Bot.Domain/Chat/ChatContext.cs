using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>
/// One inbound message being handled: who sent it, their stored state, the time, and the messages
/// the bot answers with. Handlers change entities and add messages; the dispatcher commits both together.
/// </summary>
public sealed class ChatContext
{
    private readonly List<OutboundMessage> outbox = [];
    private readonly IConversationRepository conversations;

    public ChatContext(
        InboundMessage message,
        Member member,
        Conversation? conversation,
        IConversationRepository conversations,
        BotOptions options,
        Privacy.PrivacyOptions privacy,
        DateTimeOffset now)
    {
        Message = message;
        Member = member;
        Conversation = conversation;
        this.conversations = conversations;
        Options = options;
        Privacy = privacy;
        Now = now;
    }

    public InboundMessage Message { get; private set; }

    public Member Member { get; }

    public Conversation? Conversation { get; private set; }

    public BotOptions Options { get; }

    /// <summary>What the privacy notice states (contacts, minimum age, retention), from the "Privacy" section.</summary>
    public Privacy.PrivacyOptions Privacy { get; }

    public DateTimeOffset Now { get; }

    /// <summary>The phrases in the person's current language (it can change while a message is handled).</summary>
    public Phrasebook T => Phrasebook.For(Member.Language);

    public IReadOnlyList<OutboundMessage> Outbox => outbox;

    /// <summary>Where a reply goes: the chat the message came from.</summary>
    public Recipient ReplyTo => Message.ReplyTo;

    public void Reply(string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null) =>
        outbox.Add(new OutboundMessage(ReplyTo, text) { Buttons = buttons ?? [] });

    /// <summary>Asks for a typed answer; the buttons (Cancel, Skip, No limit) are the other ways out.</summary>
    public void Ask(string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null) =>
        outbox.Add(new OutboundMessage(ReplyTo, text) { Buttons = buttons ?? [], ExpectsText = true });

    /// <summary>
    /// Answers a button press by replacing the message that carried the button where the channel can,
    /// so old buttons do not linger; otherwise sends a new message.
    /// </summary>
    public void ReplaceSource(string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null) =>
        outbox.Add(new OutboundMessage(ReplyTo, text)
        {
            Buttons = buttons ?? [],
            ReplacesMessageId = Message.SourceMessageId,
        });

    /// <summary>Takes the buttons off the message whose button was pressed, so it cannot be pressed again.</summary>
    public void RetireSourceButtons() => ReplaceSourceButtons([]);

    /// <summary>Sends a message to someone other than the sender (a coordinator, for example).</summary>
    public void Send(OutboundMessage message) => outbox.Add(message);

    /// <summary>Writes to the sender in their own chat, also when they pressed a button in a group.</summary>
    public void ReplyPrivately(string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null) =>
        outbox.Add(new OutboundMessage(new Recipient(Member.Channel, Member.ChatId), text) { Buttons = buttons ?? [] });

    /// <summary>Asks for a typed answer in the sender's own chat, also when they pressed a button in a group.</summary>
    public void AskPrivately(string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null) =>
        outbox.Add(new OutboundMessage(new Recipient(Member.Channel, Member.ChatId), text) { Buttons = buttons ?? [], ExpectsText = true });

    /// <summary>Changes the buttons under the message whose button was pressed, keeping its text.</summary>
    public void ReplaceSourceButtons(IReadOnlyList<IReadOnlyList<Button>> buttons)
    {
        if (Message.SourceMessageId is { } source)
        {
            outbox.Add(new OutboundMessage(ReplyTo, string.Empty) { ReplacesMessageId = source, ButtonsOnly = true, Buttons = buttons });
        }
    }

    /// <summary>Takes the typed text as the press of the button it names (the question's own "Skip", typed).</summary>
    public void TakeAsPress(string payload) =>
        Message = Message with { Kind = InboundKind.Button, Payload = payload, Text = null };

    public Conversation BeginConversation<TDraft>(string flow, string step, TDraft draft)
    {
        EndConversation();
        var conversation = new Conversation(Member.Id, flow, step, "{}", Now);
        conversation.MoveTo(step, draft, Now);
        conversations.Add(conversation);
        Conversation = conversation;
        return conversation;
    }

    public void EndConversation()
    {
        if (Conversation is { } current)
        {
            conversations.Remove(current);
            Conversation = null;
        }
    }
}
