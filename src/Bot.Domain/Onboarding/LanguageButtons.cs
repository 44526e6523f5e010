using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>Presses of the language buttons ("lang:lv").</summary>
public sealed class LanguageButtons : ButtonHandler<LanguagePress>
{
    public const string Prefix = "lang";

    public static readonly ButtonData<LanguagePress> Buttons = new(
        Prefix,
        press => [press.Language.Code],
        parts => parts is [var code] && Languages.All.FirstOrDefault(l => l.Code == code) is var language && language.Code == code ? new LanguagePress(language) : null);

    public override bool NeedsConsent => false;

    protected override ButtonData<LanguagePress> Data => Buttons;

    public static string PayloadFor(Language language) => Buttons.Pack(new LanguagePress(language));

    protected override Task HandleAsync(ChatContext chat, LanguagePress press, CancellationToken ct)
    {
        Choose(chat, press.Language);
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
