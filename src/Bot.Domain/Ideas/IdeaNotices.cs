using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>Messages about ideas to people other than the one acting: coordinators (and the moderation chat), and authors.</summary>
public sealed class IdeaNotices(CoordinatorInbox inbox, IMemberRepository members, IdeasOptions ideasOptions, BotOptions options)
{
    public Task TellAboutNewIdeaAsync(ChatContext chat, Idea idea, CancellationToken ct) =>
        SendCardsAsync(chat, idea, _ => null, ct);

    public Task TellReadyForCouncilAsync(ChatContext chat, Idea idea, CancellationToken ct) =>
        SendCardsAsync(chat, idea, t => t.ModReadyForCouncil(idea.Id, Markup.Escape(idea.Title), idea.SupportCount), ct);

    /// <summary>The idea was hidden by reports: coordinators get its card, with how many gave which reason.</summary>
    public Task TellHiddenAsync(ChatContext chat, Idea idea, IReadOnlyDictionary<ReportReason, int> reasons, CancellationToken ct) =>
        SendCardsAsync(chat, idea, t =>
            $"{t.ModHiddenAfterReports(idea.Id, Markup.Escape(idea.Title), idea.ReportCount)}\n{t.ModReportReasons(ReportReasons.Counted(reasons, t))}", ct);

    /// <summary>Tells the author of a status change, in their own language.</summary>
    public async Task TellAuthorAsync(ChatContext chat, Idea idea, string? comment, CancellationToken ct)
    {
        if (idea.AuthorId is not { } authorId || await members.FindByIdAsync(authorId, ct) is not { IsReachable: true } author)
        {
            return;
        }

        var t = Phrasebook.For(author.Language);
        var title = Markup.Escape(idea.Title);
        var text = idea.Status switch
        {
            IdeaStatus.Approved => t.AuthorApproved(idea.Id, title),
            IdeaStatus.Rejected => t.AuthorRejected(idea.Id, title, Markup.Escape(comment ?? string.Empty)),
            IdeaStatus.InProgress => t.AuthorInProgress(idea.Id, title),
            IdeaStatus.Implemented => t.AuthorImplemented(idea.Id, title),
            _ => null,
        };
        if (text is null)
        {
            return;
        }

        if (idea.Status != IdeaStatus.Rejected && !string.IsNullOrWhiteSpace(comment))
        {
            text += $"\n💬 {Markup.Escape(comment)}";
        }

        chat.Send(new OutboundMessage(new Recipient(author.Channel, author.ChatId), text)
        {
            // What became of their idea reaches its author outside WhatsApp's window too, as the city's idea-news template.
            Template = WindowTemplate.Of(WindowTemplate.IdeaNews, text, ("idea", $"#{idea.Id} {title}")),
        });
    }

    private async Task SendCardsAsync(ChatContext chat, Idea idea, Func<Phrasebook, string?> heading, CancellationToken ct)
    {
        var addresses = (await inbox.AddressesAsync(ct)).ToList();
        if (!string.IsNullOrWhiteSpace(ideasOptions.ModerationChat)
            && Coordinators.TryParse(ideasOptions.ModerationChat, out var channel, out var chatId))
        {
            addresses.Add(new CoordinatorAddress(new Recipient(channel, chatId), options.FallbackLanguage));
        }

        var author = await IdeaCards.AuthorAsync(members, idea, ct);
        foreach (var address in addresses)
        {
            chat.Send(IdeaCards.ForCoordinator(address.To, idea, author, address.Language, options, heading(Phrasebook.For(address.Language))));
        }
    }
}
