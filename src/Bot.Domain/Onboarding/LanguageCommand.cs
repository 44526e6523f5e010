using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>/language: the language picker, at any time.</summary>
public sealed class LanguageCommand : ICommand
{
    public CommandInfo Info => CommandCatalog.Language;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        if (Languages.TryParse(argument, out var language))
        {
            LanguageButtons.Choose(chat, language);
        }
        else
        {
            OnboardingSteps.AskLanguage(chat);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Presses of the language buttons ("lang:lv").</summary>
public sealed class LanguageButtons : IButtonHandler
{
    public const string Prefix = "lang";

    string IButtonHandler.Prefix => Prefix;

    public bool NeedsConsent => false;

    public static string PayloadFor(Language language) => $"{Prefix}:{language.Code()}";

    public Task HandleAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        if (Languages.TryParse(argument, out var language))
        {
            Choose(chat, language);
        }
        else
        {
            OnboardingSteps.AskLanguage(chat);
        }

        return Task.CompletedTask;
    }

    /// <summary>Remembers the choice, then carries on with onboarding or back to the menu.</summary>
    public static void Choose(ChatContext chat, Language language)
    {
        chat.Member.ChooseLanguage(language);
        chat.ReplaceSource(chat.T.LanguageSet(chat.T.LanguageName(language)));
        if (chat.Member.HasConsented)
        {
            MainMenu.Show(chat);
        }
        else
        {
            OnboardingSteps.Prompt(chat);
        }
    }
}
