using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>
/// An unfinished draft is never thrown away unasked: a command that would start a flow over it, and
/// /start, first say what is unfinished, with Continue and Start over (or Drop it).
/// </summary>
public sealed class Drafts(IEnumerable<IFlow> flows)
{
    public const string Prefix = "draft";
    public const string Continue = Prefix + ":continue";
    public const string Discard = Prefix + ":discard";

    /// <summary>A command's argument that starts the flow over the draft, as the Start over button sends it.</summary>
    public const string StartOverArgument = "new";

    private readonly Dictionary<string, IFlow> byName = flows.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The person's unfinished draft as they would name it, or null.</summary>
    public string? Describe(ChatContext chat) =>
        chat.Conversation is { } conversation && byName.TryGetValue(conversation.Flow, out var flow) ? flow.DescribeDraft(conversation, chat.T) : null;

    /// <summary>True when it asked: the person has a draft, and <paramref name="command"/> would start over it.</summary>
    public bool AskBeforeStartingOver(ChatContext chat, CommandInfo command, string argument)
    {
        if (argument == StartOverArgument || Describe(chat) is not { } draft)
        {
            return false;
        }

        chat.Reply(chat.T.DraftPending(draft), [[new Button(chat.T.DraftContinue, Continue), new Button(chat.T.DraftStartOver, $"/{command.Name} {StartOverArgument}")]]);
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
        chat.Conversation is { } conversation && byName.TryGetValue(conversation.Flow, out var flow)
            ? flow.ResumeAsync(chat, conversation, ct)
            : Task.CompletedTask;
}

/// <summary>Continue ("draft:continue") and Drop it ("draft:discard") under a reminder of an unfinished draft.</summary>
public sealed class DraftButtons(Drafts drafts) : IButtonHandler
{
    string IButtonHandler.Prefix => Drafts.Prefix;

    public bool NeedsConsent => true;

    public async Task HandleAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        chat.RetireSourceButtons();
        switch (argument)
        {
            case "continue" when chat.Conversation is not null:
                await drafts.ResumeAsync(chat, ct);
                break;
            case "discard" when chat.Conversation is not null:
                chat.EndConversation();
                MainMenu.Show(chat, chat.T.DraftDiscarded);
                break;
            default:
                MainMenu.Show(chat, chat.T.NothingToCancel);
                break;
        }
    }
}
