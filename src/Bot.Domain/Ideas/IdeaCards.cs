using System.Text;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>How an idea is shown: to coordinators with the moderation buttons, to the community with Support and Report.</summary>
public static class IdeaCards
{
    /// <summary>The moderation card; <paramref name="author"/> is named for coordinators only (null once the author is forgotten).</summary>
    public static OutboundMessage ForCoordinator(Recipient to, Idea idea, Member? author, Language language, BotOptions options, string? heading = null)
    {
        var t = Phrasebook.For(language);
        var text = new StringBuilder(heading ?? t.ModNewIdea(idea.Id))
            .Append(" · ").Append(Markup.Escape(options.ThemeName(idea.ThemeKey, language))).Append('\n')
            .Append(Body(idea));
        if (idea.Status != IdeaStatus.Submitted || idea.IsHidden)
        {
            text.Append("\n📌 ").Append(t.Status(idea.Status));
            if (idea.IsHidden)
            {
                text.Append(" · ").Append(t.ModHiddenLabel);
            }
        }

        AppendComment(text, idea);
        AppendPlace(text, idea, options, language);
        var who = author is null ? t.AuthorErased : author.DisplayName ?? t.NoName(author.Id);
        text.Append("\n👤 ").Append(t.ModAuthor(Markup.Escape(who), idea.AuthorChannel.ToString(), t.LanguageName(idea.AuthorLanguage)));
        return new OutboundMessage(to, text.ToString()) { PhotoRef = idea.PhotoFor(to.Channel), Buttons = ModerationButtons(idea, t) };
    }

    /// <summary>The idea's author, for the card, or null when they asked to be forgotten.</summary>
    public static async Task<Member?> AuthorAsync(IMemberRepository members, Idea idea, CancellationToken ct) =>
        idea.AuthorId is { } id ? await members.FindByIdAsync(id, ct) : null;

    public static IReadOnlyList<IReadOnlyList<Button>> ModerationButtons(Idea idea, Phrasebook t)
    {
        Button Action(string label, string action) => new(label, ModerationButtonsHandler.Payload(action, idea.Id));
        var reject = Action(t.ModReject, ModerationButtonsHandler.Reject);
        return idea switch
        {
            { IsHidden: true } => [[Action(t.ModRestore, ModerationButtonsHandler.Restore), reject]],
            { Status: IdeaStatus.Submitted } => [[Action(t.ModApprove, ModerationButtonsHandler.Approve), reject]],
            { Status: IdeaStatus.Approved } =>
            [
                [Action(t.ModInProgress, ModerationButtonsHandler.InProgress), Action(t.ModImplemented, ModerationButtonsHandler.Implemented)],
                Results.CoordinatorNewsButtons.Row(idea, t.Language),
                [reject],
            ],
            { Status: IdeaStatus.InProgress } => [[Action(t.ModImplemented, ModerationButtonsHandler.Implemented)], Results.CoordinatorNewsButtons.Row(idea, t.Language), [reject]],
            { Status: IdeaStatus.Implemented } => [Results.CoordinatorNewsButtons.Row(idea, t.Language)],
            _ => [],
        };
    }

    public static OutboundMessage ForCommunity(Recipient to, Idea idea, Member viewer, BotOptions options, Viewing viewing)
    {
        var t = Phrasebook.For(viewer.Language);
        var text = new StringBuilder()
            .Append(Markup.Bold($"#{idea.Id} · {Markup.Escape(idea.Title)}")).Append('\n')
            .Append(Markup.Escape(idea.Description)).Append('\n')
            .Append("🏷 ").Append(Markup.Escape(options.ThemeName(idea.ThemeKey, viewer.Language)));
        if (idea.Status != IdeaStatus.Approved)
        {
            text.Append(" · 📌 ").Append(t.Status(idea.Status));
        }

        AppendComment(text, idea);
        AppendPlace(text, idea, options, viewer.Language);
        return new OutboundMessage(to, text.ToString())
        {
            PhotoRef = idea.PhotoFor(to.Channel),
            Buttons = CommunityButtons(idea, t, viewing with { Own = idea.AuthorId == viewer.Id }, viewer.IsCoordinator),
        };
    }

    public static IReadOnlyList<IReadOnlyList<Button>> CommunityButtons(Idea idea, Phrasebook t, Viewing viewing, bool coordinator)
    {
        // Support has a row of its own, so its count is never cut; Report goes beside Follow, both short.
        var report = new Button(t.ReportLabel, VoteButtons.Payload(VoteButtons.Report, idea.Id));
        List<IReadOnlyList<Button>> rows =
        [
            [new Button(viewing.Supported ? t.SupportedLabel(idea.SupportCount) : t.SupportLabel(idea.SupportCount), VoteButtons.Payload(VoteButtons.Support, idea.Id))],
            viewing.Own ? [report] : [Results.FollowButtons.Toggle(idea.Id, viewing.Following, t.Language, Results.FollowButtons.OnCard), report],
            viewing.Translatable
                ? [Comments.CommentButtons.Open(idea, t.Language), Translation.TranslateButtons.ForIdea(idea, t.Language)]
                : [Comments.CommentButtons.Open(idea, t.Language)],
        ];

        if (coordinator)
        {
            rows.Add([new Button(t.MenuPending, ModerationButtonsHandler.Payload(ModerationButtonsHandler.Show, idea.Id))]);
        }

        return rows;
    }

    /// <summary>"📍 Pie cietokšņa · Centrs", with the point as an OpenStreetMap link.</summary>
    private static void AppendPlace(StringBuilder text, Idea idea, BotOptions options, Language language)
    {
        var district = idea.DistrictKey is { } key ? options.FindDistrict(key)?.Name(language) : null;
        if (idea.Place is not { } place && district is null)
        {
            return;
        }

        var parts = new List<string>();
        if (idea.Place?.Text is { } named)
        {
            parts.Add(Markup.Escape(named));
        }

        if (district is not null)
        {
            parts.Add(Markup.Escape(district));
        }

        if (parts.Count > 0)
        {
            text.Append("\n📍 ").Append(string.Join(" · ", parts));
        }

        // A plain address: Telegram and Messenger make it a link, and it survives the plain-text channels.
        if (idea.Place?.MapLink is { } link)
        {
            text.Append("\n🗺 ").Append(link);
        }
    }

    private static string Body(Idea idea) =>
        $"{Markup.Bold(Markup.Escape(idea.Title))}\n{Markup.Escape(idea.Description)}";

    private static void AppendComment(StringBuilder text, Idea idea)
    {
        if (!string.IsNullOrWhiteSpace(idea.LatestComment))
        {
            text.Append("\n💬 ").Append(Markup.Escape(idea.LatestComment));
        }
    }
}
