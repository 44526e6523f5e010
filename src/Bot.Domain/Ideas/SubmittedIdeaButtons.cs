using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// Presses of /idea buttons after the flow ended: a second Submit finds the idea the first one made;
/// anything else is an old button.
/// </summary>
public sealed class SubmittedIdeaButtons(IIdeaRepository ideas) : ButtonHandler<SubmissionPress>
{
    public override bool NeedsConsent => true;

    protected override ButtonData<SubmissionPress> Data { get; } = new(
        SubmitIdeaFlow.FlowName,
        press => ["submit", press.Key],
        parts => parts is ["submit", var key] && key.Length == 16 && key.All(char.IsAsciiHexDigitLower) ? new SubmissionPress(key) : null);

    protected override async Task HandleAsync(ChatContext chat, SubmissionPress press, CancellationToken ct)
    {
        if (await ideas.FindBySubmissionKeyAsync(press.Key, ct) is { } idea && idea.AuthorId == chat.Member.Id)
        {
            chat.RetireSourceButtons();
            MainMenu.Show(chat, chat.T.IdeaAlreadyReceived(idea.Id));
            return;
        }

        StaleButton.Answer(chat);
    }
}
