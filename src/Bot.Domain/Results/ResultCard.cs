using System.Text;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;
using GenYCity.Bot.Domain.Translation;

namespace GenYCity.Bot.Domain.Results;

/// <summary>An idea in /results: its status and when, what was done (the latest words of a coordinator), and the council's answer; as written, or translated.</summary>
public static class ResultCard
{
    /// <summary>The card's text; <paramref name="shown"/> gives each translatable text as shown (a translation, say).</summary>
    public static string Text(Idea idea, IReadOnlyList<IdeaNews> timeline, Language language, Phrasebook phrases, EventTime time, Func<string, long, string, string>? shown = null)
    {
        shown ??= (_, _, original) => original;
        var t = ResultsTexts.For(language);
        var changed = idea.LastNewsAt ?? idea.StatusChangedAt;
        var text = new StringBuilder(Markup.Bold($"{(idea.Status == IdeaStatus.Implemented ? "🎉" : "🛠")} #{idea.Id} · {Markup.Escape(shown(TranslationKinds.IdeaTitle, idea.Id, idea.Title))}"))
            .Append('\n').Append(t.ResultLine(phrases.Status(idea.Status), time.Moment(changed)));
        // What was done: the latest words of a coordinator, a progress note or the comment on the status.
        if (Done(timeline) is { } done)
        {
            text.Append('\n').Append(t.Headline(done)).Append("\n💬 ").Append(Markup.Escape(shown(TranslationKinds.News, done.Id, done.Text!)));
        }
        else if (!string.IsNullOrWhiteSpace(idea.LatestComment))
        {
            text.Append("\n💬 ").Append(Markup.Escape(idea.LatestComment));
        }

        if (idea is { CouncilDecision: { } decision, CouncilAnswer: { } answer })
        {
            var entry = Council(timeline);
            text.Append('\n').Append(t.CouncilAnswer(t.Decision(decision))).Append("\n💬 ")
                .Append(Markup.Escape(entry is { Text: { } words } && words == answer ? shown(TranslationKinds.News, entry.Id, answer) : answer));
        }

        return text.ToString();
    }

    /// <summary>What of the card Translate translates: the title, what was done and the council's answer, each in its writer's language (unknown for entries older than it was kept).</summary>
    public static IReadOnlyList<TranslationPiece> Pieces(Idea idea, IReadOnlyList<IdeaNews> timeline)
    {
        var pieces = new List<TranslationPiece> { new(TranslationKinds.IdeaTitle, idea.Id, idea.Title, idea.AuthorLanguage) };
        if (Done(timeline) is { } done)
        {
            pieces.Add(new(TranslationKinds.News, done.Id, done.Text!, done.Language));
        }

        if (idea.CouncilAnswer is { } answer && Council(timeline) is { Text: { } words } entry && words == answer)
        {
            pieces.Add(new(TranslationKinds.News, entry.Id, answer, entry.Language));
        }

        return pieces;
    }

    private static IdeaNews? Done(IReadOnlyList<IdeaNews> timeline) =>
        timeline.FirstOrDefault(e => e.Text is not null && e.Kind != IdeaNewsKind.CouncilAnswer);

    private static IdeaNews? Council(IReadOnlyList<IdeaNews> timeline) =>
        timeline.FirstOrDefault(e => e.Kind == IdeaNewsKind.CouncilAnswer);
}
