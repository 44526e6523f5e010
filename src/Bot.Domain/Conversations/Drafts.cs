using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>
/// An unfinished draft is never thrown away unasked: a command that would start a flow over it, and
/// /start, first say what is unfinished, with Continue and Start over (or Drop it).
/// </summary>
public sealed class Drafts(Handlers handlers)
{
    public const string Prefix = "draft";
    public const string Continue = Prefix + ":continue";
    public const string Discard = Prefix + ":discard";

    /// <summary>A command's argument that starts the flow over the draft, as the Start over button sends it.</summary>
    public const string StartOverArgument = "new";

    /// <summary>Before a button's own payload: press it, replacing the draft (the Start over under a button's question).</summary>
    public const string ReplacePrefix = Prefix + ":new:";

    /// <summary>The person's unfinished draft as they would name it, or null.</summary>
    public string? Describe(ChatContext chat) =>
        chat.Conversation is { } conversation && handlers.Flow(conversation.Flow) is { } flow ? flow.DescribeDraft(conversation, chat.T) : null;

    /// <summary>True when it asked: the person has a draft, and <paramref name="command"/> would start over it.</summary>
    public bool AskBeforeStartingOver(ChatContext chat, CommandInfo command, string argument) =>
        argument != StartOverArgument && Ask(chat, $"/{command.Name} {StartOverArgument}");

    /// <summary>True when it asked: the person has a draft, and the button with <paramref name="payload"/> would start a flow over it.</summary>
    public bool AskBeforeReplacing(ChatContext chat, string payload) => Ask(chat, ReplacePrefix + payload);

    private bool Ask(ChatContext chat, string startOver)
    {
        if (Describe(chat) is not { } draft)
        {
            return false;
        }

        // In the person's own chat: a moderation card's button is pressed in the moderation group.
        chat.ReplyPrivately(chat.T.DraftPending(draft), [[new Button(chat.T.DraftContinue, Continue), new Button(chat.T.DraftStartOver, startOver)]]);
        return true;
    }

    /// <summary>For /start: the draft, with Continue and Drop it, when there is one.</summary>
    public void Remind(ChatContext chat)
    {
        if (Describe(chat) is { } draft)
        {
            chat.Reply(chat.T.DraftPending(draft), [[new Button(chat.T.DraftContinue, Continue), new Button(chat.T.DraftDiscard, Discard)]]);
        }
    }

    public Task ResumeAsync(ChatContext chat, CancellationToken ct) =>
        chat.Conversation is { } conversation && handlers.Flow(conversation.Flow) is { } flow
            ? flow.ResumeAsync(chat, conversation, ct)
            : Task.CompletedTask;
}
