using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>/mydata: everything stored about me, as a JSON document.</summary>
public sealed class MyDataCommand(IPersonalDataStore store, IExportStore files) : ICommand
{
    /// <summary>/mydata in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("mydata", Audience.Everyone, false, 120, p => p.CmdMyData);

    public CommandInfo Info => Command;

    /// <summary>How a person's /mydata documents are named, so /forgetme can remove them too.</summary>
    public static string FilePrefix(Member member) => $"mydata-{member.Id}-";

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var data = await store.CollectAsync(chat.Member, ct);
        var path = await files.SaveAsync($"{FilePrefix(chat.Member)}{chat.Now:yyyyMMdd-HHmmss}.json", data.ToJson(), ct);
        chat.Send(new OutboundMessage(chat.ReplyTo, chat.T.MyDataReady) { DocumentPath = path });
    }
}
