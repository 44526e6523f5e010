using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>/ideas: public ideas, most supported first, a page at a time, each with Support and Report.</summary>
public sealed class IdeasCommand(IIdeaRepository ideas, IdeasOptions ideasOptions, BotOptions options) : ICommand, IButtonHandler
{
    public const string Prefix = "ideas";

    public CommandInfo Info => CommandCatalog.Ideas;

    string IButtonHandler.Prefix => Prefix;

    public bool NeedsConsent => false;

    public static string PagePayload(int page) => $"{Prefix}:{page.ToString(CultureInfo.InvariantCulture)}";

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct) => ShowAsync(chat, argument, ct);

    /// <summary>The Next / Back buttons under a page ("ideas:2").</summary>
    public Task HandleAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        chat.RetireSourceButtons();
        return ShowAsync(chat, argument, ct);
    }

    private async Task ShowAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var number = int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? Math.Max(asked, 1) : 1;
        var page = await ideas.ListPublicAsync(number, ideasOptions.PageSize, ct);
        if (page.Total == 0)
        {
            MainMenu.Show(chat, chat.T.IdeasEmpty);
            return;
        }

        var supported = await ideas.SupportedAmongAsync(chat.Member.Id, page.Items.Select(i => i.Id).ToList(), ct);
        var here = new Recipient(chat.Message.Channel, chat.Message.ChatId);
        foreach (var idea in page.Items)
        {
            chat.Send(IdeaCards.ForCommunity(here, idea, chat.Member, options, supported.Contains(idea.Id)));
        }

        if (page.Count > 1)
        {
            var navigation = new List<Button>();
            if (page.Number > 1)
            {
                navigation.Add(new Button(chat.T.Back, PagePayload(page.Number - 1)));
            }

            if (page.Number < page.Count)
            {
                navigation.Add(new Button(chat.T.Next, PagePayload(page.Number + 1)));
            }

            chat.Reply(chat.T.IdeasPage(page.Number, page.Count), [navigation]);
        }
    }
}

/// <summary>Support (pressed again, withdrawn) and Report under a public idea ("vote:up:12", "vote:flag:12").</summary>
public sealed class VoteButtons(IIdeaRepository ideas, IdeasOptions ideasOptions, IdeaNotices notices) : IButtonHandler
{
    public const string Prefix = "vote";
    public const string Support = "up";
    public const string Report = "flag";

    string IButtonHandler.Prefix => Prefix;

    public bool NeedsConsent => true;

    public static string Payload(string action, long ideaId) => $"{Prefix}:{action}:{ideaId.ToString(CultureInfo.InvariantCulture)}";

    public async Task HandleAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var parts = argument.Split(':');
        if (parts.Length != 2
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ideaId)
            || await ideas.FindAsync(ideaId, ct) is not { IsPublic: true } idea)
        {
            chat.Reply(chat.T.IdeaNotAvailable);
            return;
        }

        if (idea.AuthorId == chat.Member.Id)
        {
            chat.Reply(chat.T.OwnIdea);
            return;
        }

        switch (parts[0])
        {
            case Support:
                await ToggleSupportAsync(chat, idea, ct);
                break;
            case Report:
                await ReportAsync(chat, idea, ct);
                break;
            default:
                chat.Reply(chat.T.StaleButton);
                break;
        }
    }

    private async Task ToggleSupportAsync(ChatContext chat, Idea idea, CancellationToken ct)
    {
        var existing = await ideas.FindSupportAsync(idea.Id, chat.Member.Id, ct);
        if (existing is null)
        {
            ideas.AddSupport(new IdeaSupport(idea.Id, chat.Member.Id, chat.Now));
            idea.AddSupport();
        }
        else
        {
            ideas.RemoveSupport(existing);
            idea.RemoveSupport();
        }

        chat.ReplaceSourceButtons(IdeaCards.CommunityButtons(idea, chat.T, supported: existing is null, chat.Member.IsCoordinator));
        if (idea.FlagIfReadyForCouncil(ideasOptions.SupportsForCouncil, chat.Now))
        {
            await notices.TellReadyForCouncilAsync(chat, idea, ct);
        }
    }

    private async Task ReportAsync(ChatContext chat, Idea idea, CancellationToken ct)
    {
        if (await ideas.HasReportedAsync(idea.Id, chat.Member.Id, ct))
        {
            chat.Reply(chat.T.ReportAlready);
            return;
        }

        ideas.AddReport(new IdeaReport(idea.Id, chat.Member.Id, chat.Now));
        chat.Reply(chat.T.ReportThanks);
        if (idea.AddReport(ideasOptions.ReportsToHide))
        {
            await notices.TellHiddenAsync(chat, idea, ct);
        }
    }
}

/// <summary>/myideas: the person's own ideas with status, supports and the coordinator's comment.</summary>
public sealed class MyIdeasCommand(IIdeaRepository ideas) : ICommand
{
    public const int MaxListed = 30;

    public CommandInfo Info => CommandCatalog.MyIdeas;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var mine = await ideas.ListByAuthorAsync(chat.Member.Id, MaxListed, ct);
        if (mine.Count == 0)
        {
            MainMenu.Show(chat, chat.T.MyIdeasEmpty);
            return;
        }

        var t = chat.T;
        var text = new StringBuilder(t.MyIdeasHeader);
        foreach (var idea in mine)
        {
            text.Append("\n\n").Append(CultureInfo.InvariantCulture, $"#{idea.Id} ").Append(Markup.Bold(Markup.Escape(idea.Title)))
                .Append("\n📌 ").Append(t.Status(idea.Status))
                .Append(CultureInfo.InvariantCulture, $" · 👍 {idea.SupportCount}");
            if (idea.IsHidden)
            {
                text.Append(" · ").Append(t.ModHiddenLabel);
            }

            if (!string.IsNullOrWhiteSpace(idea.LatestComment))
            {
                text.Append("\n💬 ").Append(Markup.Escape(idea.LatestComment));
            }
        }

        MainMenu.Show(chat, text.ToString());
    }
}
