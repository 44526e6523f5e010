namespace GenYCity.Bot.Domain.Chat;

/// <summary>/cancel: leaves the current flow, dropping its draft.</summary>
public sealed class CancelCommand : ICommand
{
    /// <summary>/cancel in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("cancel", Audience.Everyone, false, 140, p => p.CmdCancel);

    public CommandInfo Info => Command;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var text = chat.Conversation is null ? chat.T.NothingToCancel : chat.T.Cancelled;
        chat.EndConversation();
        if (chat.Member.HasConsented)
        {
            MainMenu.Show(chat, text);
        }
        else
        {
            chat.Reply(text);
        }

        return Task.CompletedTask;
    }
}
