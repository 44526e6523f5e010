using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Results;

/// <summary>
/// Follow and Unfollow ("follow:on:12:c"). On an idea's card the card's buttons are redrawn; under a
/// notice or a result, only the toggle is (it is the only button there).
/// </summary>
public sealed class FollowButtons(IIdeaRepository ideas, IIdeaNewsRepository news, Translation.TranslationOffer translation) : ButtonHandler<FollowPress>
{
    public const string Prefix = "follow";
    public const string OnCard = "c";
    public const string Alone = "t";

    private static readonly Dictionary<string, bool> Actions = new(StringComparer.Ordinal) { ["on"] = true, ["off"] = false };

    public static readonly ButtonData<FollowPress> Buttons = new(
        Prefix,
        press => [ButtonParts.Word(Actions, press.Follow), ButtonParts.Id(press.IdeaId), press.Where],
        parts => parts is [var action, var id, var where] && Actions.TryGetValue(action, out var follow) && ButtonParts.TryId(id, out var ideaId) && where is OnCard or Alone
            ? new FollowPress(follow, ideaId, where)
            : null);

    public override bool NeedsConsent => true;

    protected override ButtonData<FollowPress> Data => Buttons;

    /// <summary>Follow when the person does not follow the idea, Unfollow when they do.</summary>
    public static Button Toggle(long ideaId, bool following, Language language, string where)
    {
        var t = ResultsTexts.For(language);
        return Buttons.Button(following ? t.Unfollow : t.Follow, new FollowPress(!following, ideaId, where));
    }

    protected override async Task HandleAsync(ChatContext chat, FollowPress press, CancellationToken ct)
    {
        var t = ResultsTexts.For(chat.Member.Language);
        var existing = await news.FindFollowAsync(press.IdeaId, chat.Member.Id, ct);
        if (!press.Follow)
        {
            // Unfollowing works on any idea, a hidden or withdrawn one included.
            if (existing is not null)
            {
                news.RemoveFollow(existing);
            }

            await RedrawAsync(chat, press, following: false, ct);
            chat.Reply(t.Unfollowed(press.IdeaId));
            return;
        }

        if (await ideas.FindAsync(press.IdeaId, ct) is not { IsPublic: true } idea)
        {
            MainMenu.Show(chat, chat.T.IdeaNotAvailable);
            return;
        }

        if (idea.AuthorId == chat.Member.Id)
        {
            chat.Reply(t.OwnIdea);
            return;
        }

        if (existing is null)
        {
            news.AddFollow(new IdeaFollow(idea.Id, chat.Member.Id, chat.Now, BySupport: false));
        }

        await RedrawAsync(chat, press, following: true, ct);
        chat.Reply(t.Followed(idea.Id));
    }

    private async Task RedrawAsync(ChatContext chat, FollowPress press, bool following, CancellationToken ct)
    {
        if (press.Where == Alone || await ideas.FindAsync(press.IdeaId, ct) is not { IsPublic: true } idea)
        {
            chat.ReplaceSourceButtons([[Toggle(press.IdeaId, following, chat.Member.Language, Alone)]]);
            return;
        }

        var supported = await ideas.FindSupportAsync(idea.Id, chat.Member.Id, ct) is not null;
        chat.ReplaceSourceButtons(IdeaCards.CommunityButtons(idea, chat.T, new Viewing(supported, following, Translatable: translation.For(idea.AuthorLanguage, chat.Member.Language)), chat.Member.IsCoordinator));
    }
}
