using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.SimilarIdeas;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// /idea: title → description → theme → optional photo → preview with Submit / Edit / Cancel. Each answer
/// is checked and the step asked again with the reason when it does not fit; the draft is stored after
/// each step, so a restart or a reply the next day resumes where the person was.
/// </summary>
public sealed class SubmitIdeaFlow(IIdeaRepository ideas, IdeasOptions options, IdeaNotices notices, SimilarIdeaFinder similar) : GuidedFlow<IdeaDraft, IdeaStep>(FlowName), ICommand
{
    public const string FlowName = "idea";

    /// <summary>/idea in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("idea", Audience.Everyone, true, 20, p => p.CmdIdea, p => p.MenuIdea);

    public CommandInfo Info => Command;

    protected override IdeaStep? PreviewStep => IdeaStep.Preview;

    protected override IdeaStep? EditStep => IdeaStep.EditChoice;

    public static string Payload(string action) => $"{FlowName}:{action}";

    protected override IReadOnlyList<FlowStep<IdeaDraft, IdeaStep>> DeclareSteps() =>
    [
        FlowSteps.Text<IdeaDraft, IdeaStep>(IdeaStep.Title, t => t.IdeaAskTitle(Idea.MaxTitleLength), TextInput.Title(Idea.MaxTitleLength), (d, text) => d.Title = text, d => d.Title, t => t.FieldTitle),
        WithSimilar(FlowSteps.Text<IdeaDraft, IdeaStep>(IdeaStep.Description, t => t.IdeaAskDescription(Idea.MaxDescriptionLength), TextInput.Plain(Idea.MaxDescriptionLength), (d, text) => d.Description = text, d => d.Description, t => t.FieldDescription)),
        new()
        {
            Id = IdeaStep.Similar,
            Applies = turn => turn.Draft.SimilarIds.Count > 0,
            Ask = similar.AskAsync,
            Take = similar.TakeAsync,
        },
        new()
        {
            Id = IdeaStep.Theme,
            EditLabel = t => t.IdeaFieldTheme,
            Current = turn => turn.Draft.ThemeKey is { } theme ? Markup.Escape(turn.Chat.Options.ThemeName(theme, turn.Chat.Member.Language)) : null,
            IsAnswered = d => d.ThemeKey is not null,
            Ask = turn => ValueTask.FromResult(new Question(turn.T.IdeaAskTheme, ThemeButtons(turn))),
            Take = turn => ValueTask.FromResult(TakeTheme(turn)),
        },
        new()
        {
            Id = IdeaStep.Photo,
            EditLabel = t => t.IdeaFieldPhoto,
            Ask = turn => ValueTask.FromResult(AskPhoto(turn)),
            Take = turn => ValueTask.FromResult(TakePhoto(turn)),
        },
        new()
        {
            Id = IdeaStep.Place,
            EditLabel = t => t.IdeaFieldPlace,
            Current = turn => turn.Draft.Place is { } place ? Markup.Escape(PlaceLine(place)) : null,
            Ask = turn => ValueTask.FromResult(new Question(
                turn.Chat.Message.Channel.Traits().TakesLocations ? turn.T.IdeaAskPlace : turn.T.IdeaAskPlaceTyped,
                [[turn.Button(turn.T.Skip, "skip"), .. turn.LastRow]]) { ExpectsText = true }),
            Take = turn => ValueTask.FromResult(TakePlace(turn)),
        },
        new()
        {
            Id = IdeaStep.District,
            EditLabel = t => t.IdeaFieldDistrict,
            Applies = turn => turn.Chat.Options.Districts.Count > 0,
            Current = turn => turn.Draft.DistrictKey is { } key ? Markup.Escape(turn.Chat.Options.FindDistrict(key)?.Name(turn.Chat.Member.Language) ?? key) : null,
            Ask = turn => ValueTask.FromResult(new Question(turn.T.IdeaAskDistrict, DistrictButtons(turn))),
            Take = turn => ValueTask.FromResult(TakeDistrict(turn)),
        },
        new()
        {
            Id = IdeaStep.Preview,
            Ask = turn => ValueTask.FromResult(new Question(Preview(turn), [[turn.Button(turn.T.IdeaSubmit, $"submit:{turn.Draft.Key}")], [turn.Button(turn.T.Edit, GuidedFlowActions.Edit), turn.Cancel]]) { PhotoRef = turn.Draft.PhotoRef }),
            Take = SubmitAsync,
        },
    ];

    /// <summary>Once the description is taken, the published ideas that look like the draft are found for the next step.</summary>
    private FlowStep<IdeaDraft, IdeaStep> WithSimilar(FlowStep<IdeaDraft, IdeaStep> description) => new()
    {
        Id = description.Id,
        EditLabel = description.EditLabel,
        Current = description.Current,
        IsAnswered = description.IsAnswered,
        Ask = description.Ask,
        Take = async turn =>
        {
            var result = await description.Take(turn);
            if (result == StepResult.Next)
            {
                turn.Draft.SimilarIds = [.. await similar.FindAsync(turn.Draft.Title ?? string.Empty, turn.Draft.Description ?? string.Empty, turn.Chat.Member.Id, turn.Cancellation)];
            }

            return result;
        },
    };

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        if (await LimitReachedAsync(chat, ct))
        {
            return;
        }

        await BeginAsync(chat, new IdeaDraft { Key = FlowDraft.NewKey() }, ct);
    }

    public override string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        conversation.ReadDraft<IdeaDraft>().Title is { Length: > 0 } title ? t.DraftIdea(Markup.Escape(title)) : null;

    private static List<IReadOnlyList<Button>> ThemeButtons(FlowTurn<IdeaDraft> turn) =>
        turn.Chat.Options.Themes
            .Select(theme => turn.Button(theme.Name(turn.Chat.Member.Language), $"theme:{theme.Key}"))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .Append(turn.LastRow)
            .ToList();

    private static List<IReadOnlyList<Button>> DistrictButtons(FlowTurn<IdeaDraft> turn) =>
        turn.Chat.Options.Districts
            .Select(district => turn.Button(district.Name(turn.Chat.Member.Language), $"district:{district.Key}"))
            .Append(turn.Button(turn.T.Skip, "skip"))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .Append(turn.LastRow)
            .ToList();

    /// <summary>A shared location or venue (rounded), typed coordinates (rounded too), or the place's name; Skip leaves it out.</summary>
    private static StepResult TakePlace(FlowTurn<IdeaDraft> turn)
    {
        var (chat, draft) = (turn.Chat, turn.Draft);
        Place? place;
        if (chat.Message is { Kind: InboundKind.Location, Location: { } shared })
        {
            place = Place.FromPoint(shared.Latitude, shared.Longitude, shared.Name is { } name ? ButtonLabel.Fit(name, Place.MaxTextLength) : null);
            if (place is null)
            {
                return StepResult.Again(turn.T.InputNeedsPlace);
            }
        }
        else if (turn.Action == "skip")
        {
            place = null;
        }
        else if (chat.Message.Kind == InboundKind.Text)
        {
            if (TextInput.Read(chat, Place.MaxTextLength, out var problem) is not { } text)
            {
                return StepResult.Again(problem);
            }

            place = Place.FromText(text);
        }
        else
        {
            return StepResult.Again(turn.T.InputNeedsPlace);
        }

        (draft.Latitude, draft.Longitude, draft.PlaceText) = (place?.Latitude, place?.Longitude, place?.Text);
        return StepResult.Next;
    }

    private static StepResult TakeDistrict(FlowTurn<IdeaDraft> turn)
    {
        if (turn.Action == "skip")
        {
            turn.Draft.DistrictKey = null;
            return StepResult.Next;
        }

        var key = turn.Action?.StartsWith("district:", StringComparison.Ordinal) == true ? turn.Action["district:".Length..] : null;
        if (key is null || turn.Chat.Options.FindDistrict(key) is null)
        {
            return StepResult.Again(turn.T.InputUseButtons);
        }

        turn.Draft.DistrictKey = key;
        return StepResult.Next;
    }

    /// <summary>"Pie cietokšņa · 55.874, 26.536".</summary>
    private static string PlaceLine(Place place) =>
        string.Join(" · ", new[] { place.Text, place.HasPoint ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{place.Latitude:0.###}, {place.Longitude:0.###}") : null }.Where(p => p is not null));

    private static StepResult TakeTheme(FlowTurn<IdeaDraft> turn)
    {
        var key = turn.Action?.StartsWith("theme:", StringComparison.Ordinal) == true ? turn.Action["theme:".Length..] : null;
        if (key is null || turn.Chat.Options.FindTheme(key) is null)
        {
            return StepResult.Again(turn.T.InputNeedsTheme);
        }

        turn.Draft.ThemeKey = key;
        return StepResult.Next;
    }

    /// <summary>Changing a photo offers Keep or Remove, since Skip would silently drop it.</summary>
    private static Question AskPhoto(FlowTurn<IdeaDraft> turn) => turn.Draft is { Editing: true, PhotoRef: not null }
        ? new Question(turn.T.IdeaAskNewPhoto, [[turn.Button(turn.T.KeepPhoto, GuidedFlowActions.Keep), turn.Button(turn.T.RemovePhoto, "removephoto")], [turn.Cancel]])
        : new Question(turn.T.IdeaAskPhoto, [[turn.Button(turn.T.Skip, "skip"), turn.Cancel]]);

    private static StepResult TakePhoto(FlowTurn<IdeaDraft> turn)
    {
        if (turn.Chat.Message is { Kind: InboundKind.Photo, PhotoRef: { } photo })
        {
            turn.Draft.PhotoRef = photo;
        }
        else if (turn.Action is "skip" or "removephoto")
        {
            turn.Draft.PhotoRef = null;
        }
        else
        {
            return StepResult.Again(turn.T.InputNeedsPhoto);
        }

        return StepResult.Next;
    }

    private async ValueTask<StepResult> SubmitAsync(FlowTurn<IdeaDraft> turn)
    {
        var (chat, draft) = (turn.Chat, turn.Draft);
        if (turn.Action != $"submit:{draft.Key}")
        {
            return StepResult.Again(turn.T.InputUseButtons);
        }

        if (await LimitReachedAsync(chat, turn.Cancellation))
        {
            return StepResult.Handled;
        }

        var idea = Idea.Submit(chat.Member, draft.Title!, draft.Description!, draft.ThemeKey!, draft.PhotoRef, draft.Key, chat.Now)
            .At(draft.Place, draft.DistrictKey is { } key && chat.Options.FindDistrict(key) is not null ? key : null);
        await ideas.AddAsync(idea, turn.Cancellation);
        chat.EndConversation();
        chat.RetireSourceButtons();
        MainMenu.Show(chat, chat.T.IdeaReceived(idea.Id));
        await notices.TellAboutNewIdeaAsync(chat, idea, turn.Cancellation);
        return StepResult.Handled;
    }

    private static string Preview(FlowTurn<IdeaDraft> turn)
    {
        var (chat, draft, t) = (turn.Chat, turn.Draft, turn.T);
        var text = new StringBuilder(t.IdeaPreviewHeader).Append("\n\n")
            .Append(Markup.Bold(Markup.Escape(draft.Title ?? string.Empty))).Append('\n')
            .Append(Markup.Escape(draft.Description ?? string.Empty)).Append("\n\n")
            .Append("🏷 ").Append(Markup.Escape(chat.Options.ThemeName(draft.ThemeKey ?? string.Empty, chat.Member.Language)));
        if (draft.PhotoRef is not null)
        {
            text.Append('\n').Append(t.IdeaPreviewPhoto);
        }

        var district = draft.DistrictKey is { } key ? chat.Options.FindDistrict(key)?.Name(chat.Member.Language) : null;
        var where = string.Join(" · ", new[] { draft.Place is { } place ? PlaceLine(place) : null, district }.Where(p => p is not null));
        if (where.Length > 0)
        {
            text.Append("\n📍 ").Append(Markup.Escape(where));
        }

        return text.Append("\n\n").Append(t.IdeaPreviewQuestion).ToString();
    }

    private async Task<bool> LimitReachedAsync(ChatContext chat, CancellationToken ct)
    {
        var recent = await ideas.CountByAuthorSinceAsync(chat.Member.Id, chat.Now.AddDays(-1), ct);
        if (recent < options.DailyLimit)
        {
            return false;
        }

        chat.Reply(chat.T.IdeaLimitReached(options.DailyLimit));
        return true;
    }
}
