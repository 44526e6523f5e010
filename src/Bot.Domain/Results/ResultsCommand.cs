using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Results;

/// <summary>
/// /results, "you said, we did": the ideas in progress and implemented, the latest change first, each with
/// what was done and when, the coordinator's latest words and photo, and the council's answer.
/// </summary>
public sealed class ResultsCommand(IIdeaNewsRepository news, ResultsOptions options, EventTime time, IEnumerable<IResultsPart> parts, Translation.TranslationOffer translation) : ButtonHandler<ResultsPage>, ICommand
{
    public static readonly ButtonData<ResultsPage> Pages = new(
        "results",
        page => [ButtonParts.Id(page.Number)],
        parts => parts is [var number] && PageNumbers.FromPayload(number) is { } page ? new ResultsPage(page) : null);

    /// <summary>/results in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("results", Audience.Everyone, false, 50, p => Domain.Results.ResultsTexts.For(p.Language).Command, p => Domain.Results.ResultsTexts.For(p.Language).MenuLabel);

    public CommandInfo Info => Command;

    public override bool NeedsConsent => false;

    protected override ButtonData<ResultsPage> Data => Pages;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct) =>
        ShowAsync(chat, PageNumbers.Asked(argument), ct);

    protected override Task HandleAsync(ChatContext chat, ResultsPage press, CancellationToken ct)
    {
        chat.RetireSourceButtons();
        return ShowAsync(chat, press.Number, ct);
    }

    private async Task ShowAsync(ChatContext chat, int number, CancellationToken ct)
    {
        var t = ResultsTexts.For(chat.Member.Language);
        var page = await news.ListResultsAsync(number, options.PageSize, ct);
        var shown = false;
        if (number == 1)
        {
            foreach (var part in parts)
            {
                shown |= await part.ShowAsync(chat, ct);
            }
        }

        if (page.Total == 0)
        {
            if (!shown)
            {
                MainMenu.Show(chat, t.ResultsEmpty);
            }

            return;
        }

        var ids = page.Items.Select(i => i.Id).ToList();
        var timelines = await news.TimelinesAsync(ids, ct);
        var followed = chat.Member.HasConsented ? await news.FollowedAmongAsync(chat.Member.Id, ids, ct) : new HashSet<long>();
        if (page.Number == 1)
        {
            chat.Reply(t.ResultsHeader);
        }

        foreach (var idea in page.Items)
        {
            chat.Send(Card(chat, idea, timelines.GetValueOrDefault(idea.Id) ?? [], followed.Contains(idea.Id)));
        }

        if (page.Count > 1)
        {
            chat.Reply(t.ResultsPage(page.Number, page.Count), [page.Navigation(chat.T, (label, number) => Pages.Button(label, new ResultsPage(number)))]);
        }
    }

    private OutboundMessage Card(ChatContext chat, Idea idea, IReadOnlyList<IdeaNews> timeline, bool following)
    {
        var language = chat.Member.Language;
        var photo = timeline.Select(e => e.PhotoFor(chat.ReplyTo.Channel)).FirstOrDefault(p => p is not null) ?? idea.PhotoFor(chat.ReplyTo.Channel);
        var buttons = new List<Button>();
        if (chat.Member.HasConsented && idea.AuthorId != chat.Member.Id)
        {
            buttons.Add(FollowButtons.Toggle(idea.Id, following, language, FollowButtons.Alone));
        }

        if (ResultCard.Pieces(idea, timeline).Any(p => translation.For(p.Language, language)))
        {
            buttons.Add(Translation.TranslateButtons.Buttons.Button(Translation.TranslationTexts.For(language).Translate, new Translation.TranslatePress(Translation.TranslateButtons.Result, idea.Id)));
        }

        return new OutboundMessage(chat.ReplyTo, ResultCard.Text(idea, timeline, language, chat.T, time)) { PhotoRef = photo, Buttons = buttons.Count > 0 ? [buttons] : [] };
    }
}
