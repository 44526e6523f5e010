using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>Continue ("draft:continue") and Drop it ("draft:discard") under a reminder of an unfinished draft.</summary>
public sealed class DraftButtons(Drafts drafts) : ButtonHandler<DraftPress>
{
    private static readonly Dictionary<string, DraftPress> Answers = new(StringComparer.Ordinal)
    {
        ["continue"] = new DraftPress(Keep: true),
        ["discard"] = new DraftPress(Keep: false),
    };

    public override bool NeedsConsent => true;

    protected override ButtonData<DraftPress> Data { get; } = ButtonData.Word(Drafts.Prefix, Answers);

    protected override async Task HandleAsync(ChatContext chat, DraftPress press, CancellationToken ct)
    {
        chat.RetireSourceButtons();
        switch (press.Keep)
        {
            case true when chat.Conversation is not null:
                await drafts.ResumeAsync(chat, ct);
                break;
            case false when chat.Conversation is not null:
                chat.EndConversation();
                MainMenu.Show(chat, chat.T.DraftDiscarded);
                break;
            default:
                MainMenu.Show(chat, chat.T.NothingToCancel);
                break;
        }
    }
}
