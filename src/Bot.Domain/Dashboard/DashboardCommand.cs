using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Dashboard;

/// <summary>/dashboard (coordinators): a one-time sign-in link to the web dashboard, in their own chat.</summary>
public sealed class DashboardCommand(IDashboardLinks links, DashboardOptions options) : ICommand
{
    /// <summary>/dashboard in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("dashboard", Audience.Coordinators, false, 220, p => Domain.Dashboard.DashboardTexts.For(p.Language).Command);

    public CommandInfo Info => Command;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var t = DashboardTexts.For(chat.Member.Language);
        if (!options.IsOn)
        {
            chat.ReplyPrivately(t.NotSetUp);
            return Task.CompletedTask;
        }

        var (link, token) = DashboardLink.Issue(chat.Member, chat.Now, options.LinkLifetime);
        links.Add(link);
        chat.Send(new OutboundMessage(new Recipient(chat.Member.Channel, chat.Member.ChatId), t.Link($"{options.PublicUrl.TrimEnd('/')}/dashboard/signin?token={token}", (int)options.LinkLifetime.TotalMinutes))
        {
            // The link signs in whoever has it: once it is delivered, no copy stays readable in the database's files.
            HoldsSecret = true,
        });
        return Task.CompletedTask;
    }
}
