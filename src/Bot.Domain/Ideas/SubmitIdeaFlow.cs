using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>The steps of /idea, in order; EditChoice is the menu behind the preview's Edit button.</summary>
public enum IdeaStep
{
    Title,
    Description,
    Theme,
    Photo,
    Preview,
    EditChoice,
}

/// <summary>An idea being written, stored with the conversation after every step.</summary>
public sealed class IdeaDraft
{
    /// <summary>Makes Submit idempotent: the idea made from this draft carries the key.</summary>
    public string Key { get; init; } = string.Empty;

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? ThemeKey { get; set; }

    public string? PhotoRef { get; set; }

    /// <summary>Set while one field is changed from the preview: the next step is the preview again.</summary>
    public bool Editing { get; set; }
}

/// <summary>
/// /idea: title → description → theme → optional photo → preview with Submit / Edit / Cancel. Each answer
/// is checked and the step asked again with the reason when it does not fit; the draft is stored after
/// each step, so a restart or a reply the next day resumes where the person was.
/// </summary>
public sealed class SubmitIdeaFlow(IIdeaRepository ideas, IdeasOptions options, IdeaNotices notices) : IFlow, ICommand
{
    public const string FlowName = "idea";

    public string Name => FlowName;

    public CommandInfo Info => CommandCatalog.Idea;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        if (await LimitReachedAsync(chat, ct))
        {
            return;
        }

        var draft = new IdeaDraft { Key = Guid.NewGuid().ToString("N")[..16] };
        chat.BeginConversation(FlowName, nameof(IdeaStep.Title), draft);
        Ask(chat, IdeaStep.Title, draft);
    }

    public async Task HandleAsync(ChatContext chat, Conversation conversation, CancellationToken ct)
    {
        var draft = conversation.ReadDraft<IdeaDraft>();
        var step = conversation.StepAs<IdeaStep>();
        var action = ButtonAction(chat);

        if (action == "cancel")
        {
            chat.EndConversation();
            chat.RetireSourceButtons();
            MainMenu.Show(chat, chat.T.Cancelled);
            return;
        }

        // Changing one field from the preview: Keep leaves it as it was.
        if (action == "keep" && draft.Editing)
        {
            chat.RetireSourceButtons();
            draft.Editing = false;
            MoveTo(chat, conversation, draft, IdeaStep.Preview);
            return;
        }

        switch (step)
        {
            case IdeaStep.Title:
                OnText(chat, conversation, draft, step, Idea.MaxTitleLength, text => draft.Title = text);
                break;
            case IdeaStep.Description:
                OnText(chat, conversation, draft, step, Idea.MaxDescriptionLength, text => draft.Description = text);
                break;
            case IdeaStep.Theme:
                OnTheme(chat, conversation, draft, action);
                break;
            case IdeaStep.Photo:
                OnPhoto(chat, conversation, draft, action);
                break;
            case IdeaStep.Preview:
                await OnPreviewAsync(chat, conversation, draft, action, ct);
                break;
            case IdeaStep.EditChoice:
                OnEditChoice(chat, conversation, draft, action);
                break;
        }
    }

    private static void OnText(ChatContext chat, Conversation conversation, IdeaDraft draft, IdeaStep step, int maxLength, Action<string> keep)
    {
        var text = step == IdeaStep.Title ? TextInput.ReadTitle(chat, maxLength, out var problem) : TextInput.Read(chat, maxLength, out problem);
        if (text is null)
        {
            Ask(chat, step, draft, problem);
            return;
        }

        keep(text);
        Advance(chat, conversation, draft, step);
    }

    private static void OnTheme(ChatContext chat, Conversation conversation, IdeaDraft draft, string? action)
    {
        var key = action?.StartsWith("theme:", StringComparison.Ordinal) == true ? action["theme:".Length..] : null;
        if (key is null || chat.Options.FindTheme(key) is null)
        {
            Ask(chat, IdeaStep.Theme, draft, chat.T.InputNeedsTheme);
            return;
        }

        draft.ThemeKey = key;
        chat.RetireSourceButtons();
        Advance(chat, conversation, draft, IdeaStep.Theme);
    }

    private static void OnPhoto(ChatContext chat, Conversation conversation, IdeaDraft draft, string? action)
    {
        if (chat.Message is { Kind: InboundKind.Photo, PhotoRef: { } photo })
        {
            draft.PhotoRef = photo;
        }
        else if (action is "skip" or "removephoto")
        {
            draft.PhotoRef = null;
            chat.RetireSourceButtons();
        }
        else
        {
            Ask(chat, IdeaStep.Photo, draft, chat.T.InputNeedsPhoto);
            return;
        }

        Advance(chat, conversation, draft, IdeaStep.Photo);
    }

    private async Task OnPreviewAsync(ChatContext chat, Conversation conversation, IdeaDraft draft, string? action, CancellationToken ct)
    {
        if (action == $"submit:{draft.Key}")
        {
            await SubmitAsync(chat, draft, ct);
        }
        else if (action == "edit")
        {
            chat.RetireSourceButtons();
            MoveTo(chat, conversation, draft, IdeaStep.EditChoice);
        }
        else
        {
            Ask(chat, IdeaStep.Preview, draft, chat.T.InputUseButtons);
        }
    }

    private static void OnEditChoice(ChatContext chat, Conversation conversation, IdeaDraft draft, string? action)
    {
        IdeaStep? field = action switch
        {
            "edit:title" => IdeaStep.Title,
            "edit:description" => IdeaStep.Description,
            "edit:theme" => IdeaStep.Theme,
            "edit:photo" => IdeaStep.Photo,
            "edit:back" => IdeaStep.Preview,
            _ => null,
        };
        if (field is not { } next)
        {
            Ask(chat, IdeaStep.EditChoice, draft, chat.T.InputUseButtons);
            return;
        }

        chat.RetireSourceButtons();
        draft.Editing = next != IdeaStep.Preview;
        MoveTo(chat, conversation, draft, next);
    }

    private async Task SubmitAsync(ChatContext chat, IdeaDraft draft, CancellationToken ct)
    {
        if (await LimitReachedAsync(chat, ct))
        {
            return;
        }

        var idea = Idea.Submit(chat.Member, draft.Title!, draft.Description!, draft.ThemeKey!, draft.PhotoRef, draft.Key, chat.Now);
        await ideas.AddAsync(idea, ct);
        chat.EndConversation();
        chat.RetireSourceButtons();
        MainMenu.Show(chat, chat.T.IdeaReceived(idea.Id));
        await notices.TellAboutNewIdeaAsync(chat, idea, ct);
    }

    public string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        conversation.ReadDraft<IdeaDraft>().Title is { Length: > 0 } title ? t.DraftIdea(Markup.Escape(title)) : null;

    public Task ResumeAsync(ChatContext chat, Conversation conversation, CancellationToken ct)
    {
        Ask(chat, conversation.StepAs<IdeaStep>(), conversation.ReadDraft<IdeaDraft>());
        return Task.CompletedTask;
    }

    /// <summary>After a step: the next one, or straight back to the preview when one field was being edited.</summary>
    private static void Advance(ChatContext chat, Conversation conversation, IdeaDraft draft, IdeaStep done)
    {
        var next = draft.Editing ? IdeaStep.Preview : done + 1;
        draft.Editing = false;
        MoveTo(chat, conversation, draft, next);
    }

    private static void MoveTo(ChatContext chat, Conversation conversation, IdeaDraft draft, IdeaStep step)
    {
        conversation.MoveTo(step.ToString(), draft, chat.Now);
        Ask(chat, step, draft);
    }

    /// <summary>Asks for a step, after the reason the last answer did not fit when there is one.</summary>
    private static void Ask(ChatContext chat, IdeaStep step, IdeaDraft draft, string? problem = null)
    {
        var t = chat.T;
        var prefix = problem is null ? string.Empty : problem + "\n\n";
        var cancel = new Button(t.CancelLabel, Payload("cancel"));
        IReadOnlyList<Button> last = draft.Editing ? [new Button(t.KeepAsIs, Payload("keep")), cancel] : [cancel];
        string Now(string? value) => draft.Editing && value is not null ? t.EditCurrent(Markup.Escape(value)) + "\n\n" : string.Empty;
        switch (step)
        {
            case IdeaStep.Title:
                chat.Ask(prefix + Now(draft.Title) + t.IdeaAskTitle(Idea.MaxTitleLength), [last]);
                break;
            case IdeaStep.Description:
                chat.Ask(prefix + Now(draft.Description) + t.IdeaAskDescription(Idea.MaxDescriptionLength), [last]);
                break;
            case IdeaStep.Theme:
                var themes = chat.Options.Themes
                    .Select(theme => new Button(theme.Name(chat.Member.Language), Payload($"theme:{theme.Key}")))
                    .Chunk(2)
                    .Select(row => (IReadOnlyList<Button>)row)
                    .Append(last)
                    .ToList();
                chat.Reply(prefix + Now(draft.ThemeKey is { } theme ? chat.Options.ThemeName(theme, chat.Member.Language) : null) + t.IdeaAskTheme, themes);
                break;
            case IdeaStep.Photo when draft.Editing && draft.PhotoRef is not null:
                // Skip would silently drop the photo: say what each button does to it.
                chat.Reply(prefix + t.IdeaAskNewPhoto, [[new Button(t.KeepPhoto, Payload("keep")), new Button(t.RemovePhoto, Payload("removephoto"))], [cancel]]);
                break;
            case IdeaStep.Photo:
                chat.Reply(prefix + t.IdeaAskPhoto, [[new Button(t.Skip, Payload("skip")), cancel]]);
                break;
            case IdeaStep.Preview:
                chat.Send(new OutboundMessage(new Recipient(chat.Message.Channel, chat.Message.ChatId), prefix + Preview(chat, draft))
                {
                    PhotoRef = draft.PhotoRef,
                    Buttons = [[new Button(t.IdeaSubmit, Payload($"submit:{draft.Key}"))], [new Button(t.IdeaEdit, Payload("edit")), cancel]],
                });
                break;
            case IdeaStep.EditChoice:
                chat.Reply(prefix + t.IdeaEditWhich,
                [
                    [new Button(t.IdeaFieldTitle, Payload("edit:title")), new Button(t.IdeaFieldDescription, Payload("edit:description"))],
                    [new Button(t.IdeaFieldTheme, Payload("edit:theme")), new Button(t.IdeaFieldPhoto, Payload("edit:photo"))],
                    [new Button(t.Back, Payload("edit:back"))],
                ]);
                break;
        }
    }

    private static string Preview(ChatContext chat, IdeaDraft draft)
    {
        var t = chat.T;
        var text = new StringBuilder(t.IdeaPreviewHeader).Append("\n\n")
            .Append(Markup.Bold(Markup.Escape(draft.Title ?? string.Empty))).Append('\n')
            .Append(Markup.Escape(draft.Description ?? string.Empty)).Append("\n\n")
            .Append("🏷 ").Append(Markup.Escape(chat.Options.ThemeName(draft.ThemeKey ?? string.Empty, chat.Member.Language)));
        if (draft.PhotoRef is not null)
        {
            text.Append('\n').Append(t.IdeaPreviewPhoto);
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

    /// <summary>The part of a pressed "idea:…" payload after the prefix, or null for anything else.</summary>
    private static string? ButtonAction(ChatContext chat) =>
        chat.Message is { Kind: InboundKind.Button, Payload: { } payload } && payload.StartsWith(FlowName + ":", StringComparison.Ordinal)
            ? payload[(FlowName.Length + 1)..]
            : null;

    public static string Payload(string action) => $"{FlowName}:{action}";
}

/// <summary>
/// Presses of /idea buttons after the flow ended: a second Submit finds the idea the first one made;
/// anything else is an old button.
/// </summary>
public sealed class SubmittedIdeaButtons(IIdeaRepository ideas) : IButtonHandler
{
    public string Prefix => SubmitIdeaFlow.FlowName;

    public bool NeedsConsent => true;

    public async Task HandleAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        if (argument.StartsWith("submit:", StringComparison.Ordinal)
            && await ideas.FindBySubmissionKeyAsync(argument["submit:".Length..], ct) is { } idea
            && idea.AuthorId == chat.Member.Id)
        {
            chat.RetireSourceButtons();
            MainMenu.Show(chat, chat.T.IdeaAlreadyReceived(idea.Id));
            return;
        }

        MainMenu.Show(chat, chat.T.StaleButton);
    }
}
