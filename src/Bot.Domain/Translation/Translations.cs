using System.Text;
using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>
/// What a Translate press translates, and how the translation reads: an idea (its title and text), its card in
/// /results (what was done and the council's answer) or a page of its thread (the comments in another language than the reader's), marked as machine
/// translation, with Original to go back. Used by the press when the translations are kept, and by the
/// translation worker once it has made them.
/// </summary>
public sealed class Translations(IIdeaRepository ideas, IIdeaNewsRepository news, CommentPages pages, ITranslationRepository store, TranslationOffer offer, Events.EventTime time)
{
    /// <summary>The idea, when the reader may see it.</summary>
    public async Task<Idea?> IdeaAsync(long ideaId, Member reader, CancellationToken ct) =>
        await ideas.FindAsync(ideaId, ct) is { } idea && (idea.IsPublic || reader.IsCoordinator) ? idea : null;

    /// <summary>The texts a press asks to translate into the reader's language.</summary>
    public async Task<IReadOnlyList<TranslationPiece>> PiecesAsync(string what, Idea idea, int page, Member reader, CancellationToken ct)
    {
        if (what == TranslateButtons.Idea)
        {
            return idea.AuthorLanguage == reader.Language ? [] : TranslationPiece.Of(idea);
        }

        if (what == TranslateButtons.Result)
        {
            return [.. Results.ResultCard.Pieces(idea, await TimelineAsync(idea, ct)).Where(p => p.Language != reader.Language)];
        }

        var thread = await pages.PageAsync(idea, page, reader, ct);
        return [.. thread.Entries.SelectMany(e => e.Replies.Prepend(e.Comment))
            .Where(c => c.IsVisible && c.Language != reader.Language)
            .Select(TranslationPiece.Of)];
    }

    /// <summary>The idea's card in /results as written.</summary>
    public async Task<string> ResultAsync(Idea idea, Member reader, CancellationToken ct) =>
        Results.ResultCard.Text(idea, await TimelineAsync(idea, ct), reader.Language, Texts.Phrasebook.For(reader.Language), time);

    private async Task<IReadOnlyList<IdeaNews>> TimelineAsync(Idea idea, CancellationToken ct) =>
        (await news.TimelinesAsync([idea.Id], ct)).GetValueOrDefault(idea.Id) ?? [];

    /// <summary>The translated idea or thread page, or null while one of its translations is not kept yet.</summary>
    public async Task<OutboundMessage?> TranslatedAsync(string what, Idea idea, int page, Member reader, Recipient to, DateTimeOffset now, CancellationToken ct)
    {
        var pieces = await PiecesAsync(what, idea, page, reader, ct);
        var kept = await store.FindAsync(pieces, reader.Language, ct);
        if (pieces.Any(p => !kept.ContainsKey((p.Kind, p.SubjectId))))
        {
            return null;
        }

        string Shown(string kind, long id, string original) => kept.TryGetValue((kind, id), out var translated) ? translated : original;
        var t = TranslationTexts.For(reader.Language);
        var text = new StringBuilder(t.Marked(Markup.Escape(offer.ServiceName ?? string.Empty))).Append("\n\n");
        if (what == TranslateButtons.Idea)
        {
            text.Append(Markup.Bold($"#{idea.Id} · {Markup.Escape(Shown(TranslationKinds.IdeaTitle, idea.Id, idea.Title))}")).Append('\n')
                .Append(Markup.Escape(Shown(TranslationKinds.IdeaText, idea.Id, idea.Description)));
        }
        else if (what == TranslateButtons.Result)
        {
            text.Append(Results.ResultCard.Text(idea, await TimelineAsync(idea, ct), reader.Language, Texts.Phrasebook.For(reader.Language), time, Shown));
        }
        else
        {
            var thread = await pages.PageAsync(idea, page, reader, ct);
            text.Append(await pages.TextAsync(idea, thread, reader, now, c => Shown(TranslationKinds.Comment, c.Id, c.Text ?? string.Empty), ct));
        }

        var back = what switch
        {
            TranslateButtons.Idea => TranslateButtons.IdeaOriginal,
            TranslateButtons.Result => TranslateButtons.ResultOriginal,
            _ => TranslateButtons.ThreadOriginal,
        };
        var original = TranslateButtons.Buttons.Button(t.Original, new TranslatePress(back, idea.Id, page));
        return new OutboundMessage(to, text.ToString()) { Buttons = [[original]] };
    }
}
