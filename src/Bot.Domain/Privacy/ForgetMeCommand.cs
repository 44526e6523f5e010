using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>/forgetme: asks first; the erasure itself is the Yes button.</summary>
public sealed class ForgetMeCommand : ICommand
{
    /// <summary>/forgetme in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("forgetme", Audience.Everyone, false, 130, p => p.CmdForgetMe);

    public CommandInfo Info => Command;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        chat.Reply(chat.T.ForgetMeConfirm, [[new Button(chat.T.ForgetMeYes, ForgetMeButtons.Yes)], [new Button(chat.T.ForgetMeNo, ForgetMeButtons.No)]]);
        return Task.CompletedTask;
    }
}
