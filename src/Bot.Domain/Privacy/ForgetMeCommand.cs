using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>/forgetme: asks first; the erasure itself is the Yes button.</summary>
public sealed class ForgetMeCommand : ICommand
{
    public CommandInfo Info => CommandCatalog.ForgetMe;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        chat.Reply(chat.T.ForgetMeConfirm, [[new Button(chat.T.ForgetMeYes, ForgetMeButtons.Yes)], [new Button(chat.T.ForgetMeNo, ForgetMeButtons.No)]]);
        return Task.CompletedTask;
    }
}
