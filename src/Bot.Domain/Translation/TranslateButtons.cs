using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>
/// Translate and Original ("tr:i:12", "tr:t:12:2"): the idea or the thread's page in the reader's language when
/// its translations are kept; otherwise a request the translation worker takes up, with "Translating…" now and
/// the translation (or a polite apology) when the service has answered. Original redraws the message as written.
/// </summary>
public sealed class TranslateButtons(Translations translations, ITranslationRepository store, TranslationOffer offer, CommentPages pages, IIdeaRepository ideas, IIdeaNewsRepository news, BotOptions options) : ButtonHandler<TranslatePress>
{
    public const string Prefix = "tr";
    public const string Idea = "i";
    public const string IdeaOriginal = "io";
    public const string Thread = "t";
    public const string ThreadOriginal = "to";
    public const string Result = "r";
    public const string ResultOriginal = "ro";

    public static readonly ButtonData<TranslatePress> Buttons = new(
        Prefix,
        press => press.What is Thread or ThreadOriginal ? [press.What, ButtonParts.Id(press.IdeaId), ButtonParts.Id(press.Page)] : [press.What, ButtonParts.Id(press.IdeaId)],
        parts => parts switch
        {
            [Idea or IdeaOriginal or Result or ResultOriginal, var id] when ButtonParts.TryId(id, out var ideaId) => new TranslatePress(parts[0], ideaId),
            [Thread or ThreadOriginal, var id, var page] when ButtonParts.TryId(id, out var ideaId) && PageNumbers.FromPayload(page) is { } number && number > 0
                => new TranslatePress(parts[0], ideaId, number),
            _ => null,
        });

    public override bool NeedsConsent => false;

    protected override ButtonData<TranslatePress> Data => Buttons;

    /// <summary>Translate under an idea's card, when it is written in another language than the reader's.</summary>
    public static Button ForIdea(Idea idea, Members.Language reader) =>
        Buttons.Button(TranslationTexts.For(reader).Translate, new TranslatePress(Idea, idea.Id));

    protected override async Task HandleAsync(ChatContext chat, TranslatePress press, CancellationToken ct)
    {
        var t = TranslationTexts.For(chat.Member.Language);
        if (await translations.IdeaAsync(press.IdeaId, chat.Member, ct) is not { } idea)
        {
            MainMenu.Show(chat, chat.T.IdeaNotAvailable);
            return;
        }

        switch (press.What)
        {
            case IdeaOriginal:
                // The card as /ideas shows it, with its buttons (the photo stays on the card above).
                var ids = new[] { idea.Id };
                var viewing = new Viewing(
                    (await ideas.SupportedAmongAsync(chat.Member.Id, ids, ct)).Contains(idea.Id),
                    (await news.FollowedAmongAsync(chat.Member.Id, ids, ct)).Contains(idea.Id),
                    Translatable: offer.For(idea.AuthorLanguage, chat.Member.Language));
                var card = IdeaCards.ForCommunity(chat.ReplyTo, idea, chat.Member, options, viewing);
                chat.ReplaceSource(card.Text, card.Buttons);
                return;
            case ThreadOriginal:
                await pages.ShowAsync(chat, idea.Id, press.Page, ct, replace: true);
                return;
            case ResultOriginal:
                chat.ReplaceSource(await translations.ResultAsync(idea, chat.Member, ct), [[Buttons.Button(t.Translate, new TranslatePress(Result, idea.Id))]]);
                return;
        }

        if (!offer.IsOn)
        {
            chat.Reply(t.Off);
            return;
        }

        var what = press.What;
        var page = what == Thread ? press.Page : 0;
        if (await translations.TranslatedAsync(what, idea, page, chat.Member, chat.ReplyTo, chat.Now, ct) is { } translated)
        {
            chat.Send(translated);
            return;
        }

        if (await store.FindRequestAsync(what, idea.Id, page, chat.Member.Id, ct) is not null)
        {
            chat.Reply(t.StillTranslating);
            return;
        }

        // A request keeps who asked until it is answered: that needs the person's consent, as writing does.
        if (!chat.Member.HasConsented)
        {
            Onboarding.OnboardingSteps.Prompt(chat);
            return;
        }

        store.AddRequest(TranslationRequest.For(what, idea.Id, page, chat.Member, chat.ReplyTo, chat.Now));
        chat.Reply(t.Translating);
    }
}
