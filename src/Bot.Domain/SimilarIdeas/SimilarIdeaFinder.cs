using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.SimilarIdeas;

/// <summary>
/// The step of /idea between the description and the theme: up to three published ideas that look like the
/// one being written, in any of the city's languages, each with Support and Follow, and "Mine is different"
/// to go on. Not asked when nothing is alike enough (<see cref="IdeaLikeness.Threshold"/>). The person's
/// own ideas are not offered, since they cannot support them.
/// </summary>
public sealed class SimilarIdeaFinder(IIdeaRepository ideas, IIdeaNewsRepository news, IdeaSupports supports)
{
    /// <summary>How many are shown at most.</summary>
    public const int Most = 3;

    /// <summary>How many of the newest public ideas a draft is compared with.</summary>
    public const int Compared = 5000;

    /// <summary>What a description shows of each idea.</summary>
    public const int Excerpt = 200;

    public const string Different = "different";
    private const string SupportAction = "support:";
    private const string FollowAction = "follow:";
    private const string UnfollowAction = "unfollow:";

    private static readonly IdeaLikeness Likeness = new(SimilarWords.Default);

    // What this update changed, which the store does not show until the unit of work is saved (one instance per update).
    private readonly Dictionary<long, bool> supportedNow = [];
    private readonly Dictionary<long, bool> followedNow = [];

    /// <summary>The published ideas of other people that look like this title and description, the most alike first.</summary>
    public async Task<IReadOnlyList<long>> FindAsync(string title, string description, long authorId, CancellationToken ct)
    {
        var published = (await ideas.ListPublicTextsAsync(Compared, ct)).Where(i => i.AuthorId != authorId).ToList();
        return Likeness.Rank(title, description, published, Most).Select(s => s.Id).ToList();
    }

    public async ValueTask<Question> AskAsync(FlowTurn<IdeaDraft> turn)
    {
        var (chat, ct) = (turn.Chat, turn.Cancellation);
        var t = SimilarTexts.For(chat.Member.Language);
        var shown = await ShownAsync(turn);
        var ids = shown.Select(i => i.Id).ToList();
        var supported = Now(await ideas.SupportedAmongAsync(chat.Member.Id, ids, ct), supportedNow);
        var followed = Now(await news.FollowedAmongAsync(chat.Member.Id, ids, ct), followedNow);
        var text = new StringBuilder(t.Header);
        var rows = new List<IReadOnlyList<Button>>();
        foreach (var idea in shown)
        {
            text.Append("\n\n").Append(Markup.Bold($"#{idea.Id} · {Markup.Escape(idea.Title)}"))
                .Append('\n').Append(Markup.Escape(ButtonLabel.Fit(idea.Description, Excerpt)));
            if (idea.SupportCount > 0)
            {
                text.Append('\n').Append(t.Supports(idea.SupportCount));
            }

            rows.Add(
            [
                turn.Button(supported.Contains(idea.Id) ? t.Supported(idea.Id) : t.Support(idea.Id), SupportAction + ButtonParts.Id(idea.Id)),
                followed.Contains(idea.Id) ? turn.Button(t.Unfollow(idea.Id), UnfollowAction + ButtonParts.Id(idea.Id)) : turn.Button(t.Follow(idea.Id), FollowAction + ButtonParts.Id(idea.Id)),
            ]);
        }

        text.Append("\n\n").Append(t.Footer);
        rows.Add([turn.Button(t.Different, Different)]);
        rows.Add(turn.LastRow);
        return new Question(text.ToString(), rows);
    }

    public async ValueTask<StepResult> TakeAsync(FlowTurn<IdeaDraft> turn)
    {
        var (chat, ct) = (turn.Chat, turn.Cancellation);
        if (turn.Action == Different)
        {
            return StepResult.Next;
        }

        var t = SimilarTexts.For(chat.Member.Language);
        if (Pressed(turn) is not var (action, id) || !turn.Draft.SimilarIds.Contains(id))
        {
            return StepResult.Again(chat.T.InputUseButtons);
        }

        if (await ideas.FindAsync(id, ct) is not { IsPublic: true } idea)
        {
            return StepResult.Again(chat.T.IdeaNotAvailable);
        }

        // The question is asked again below, with the buttons as they stand now; the old one loses its own.
        chat.RetireSourceButtons();
        switch (action)
        {
            case SupportAction:
                var viewing = await supports.ToggleAsync(chat, idea, ct);
                (supportedNow[id], followedNow[id]) = (viewing.Supported, viewing.Following);
                return StepResult.Again(viewing.Supported ? t.SupportGiven(id) : t.SupportTaken(id));
            case FollowAction:
                if (await news.FindFollowAsync(id, chat.Member.Id, ct) is null)
                {
                    news.AddFollow(new IdeaFollow(id, chat.Member.Id, chat.Now, BySupport: false));
                }

                followedNow[id] = true;

                return StepResult.Again(t.FollowGiven(id));
            default:
                if (await news.FindFollowAsync(id, chat.Member.Id, ct) is { } follow)
                {
                    news.RemoveFollow(follow);
                }

                followedNow[id] = false;

                return StepResult.Again(t.FollowTaken(id));
        }
    }

    private static HashSet<long> Now(IReadOnlySet<long> stored, Dictionary<long, bool> changed)
    {
        var now = stored.ToHashSet();
        foreach (var (id, on) in changed)
        {
            _ = on ? now.Add(id) : now.Remove(id);
        }

        return now;
    }

    /// <summary>The similar ideas still public, in the order they were found.</summary>
    private async Task<List<Idea>> ShownAsync(FlowTurn<IdeaDraft> turn)
    {
        var shown = new List<Idea>();
        foreach (var id in turn.Draft.SimilarIds.Take(Most))
        {
            if (await ideas.FindAsync(id, turn.Cancellation) is { IsPublic: true } idea)
            {
                shown.Add(idea);
            }
        }

        return shown;
    }

    private static (string Action, long Id)? Pressed(FlowTurn<IdeaDraft> turn)
    {
        foreach (var action in (string[])[SupportAction, FollowAction, UnfollowAction])
        {
            if (turn.Action?.StartsWith(action, StringComparison.Ordinal) == true && ButtonParts.TryId(turn.Action[action.Length..], out var id))
            {
                return (action, id);
            }
        }

        return null;
    }
}
