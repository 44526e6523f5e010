using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Digest;

/// <summary>The digest's buttons: open an idea ("dg:i:12") with its Support button, or an event ("dg:e:3") with its answers.</summary>
public sealed class DigestButtons(IIdeaRepository ideas, IIdeaNewsRepository news, BotOptions options, EventViewer events, Translation.TranslationOffer translation) : ButtonHandler<ActionPress>
{
    public const string Prefix = "dg";
    public const string Idea = "i";
    public const string Event = "e";

    public static readonly ButtonData<ActionPress> Buttons = ButtonData.ActionAndId(Prefix, Idea, Event);

    public override bool NeedsConsent => false;

    protected override ButtonData<ActionPress> Data => Buttons;

    public static string Payload(string kind, long id) => Buttons.Pack(new ActionPress(kind, id));

    protected override async Task HandleAsync(ChatContext chat, ActionPress press, CancellationToken ct)
    {
        var id = press.Id;
        switch (press.Action)
        {
            case Event:
                await events.ShowOneAsync(chat, id, ct);
                break;
            case Idea when await ideas.FindAsync(id, ct) is { IsPublic: true } idea:
                var supported = await ideas.SupportedAmongAsync(chat.Member.Id, [idea.Id], ct);
                var followed = await news.FollowedAmongAsync(chat.Member.Id, [idea.Id], ct);
                chat.Send(IdeaCards.ForCommunity(chat.ReplyTo, idea, chat.Member, options, new Viewing(supported.Contains(idea.Id), followed.Contains(idea.Id), Translatable: translation.For(idea.AuthorLanguage, chat.Member.Language))));
                break;
            case Idea:
                MainMenu.Show(chat, chat.T.IdeaNotAvailable);
                break;
        }
    }
}
