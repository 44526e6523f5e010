using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>Accept / Decline under the privacy notice ("consent:yes", "consent:no").</summary>
public sealed class ConsentButtons : ButtonHandler<ConsentPress>
{
    public const string Prefix = "consent";
    public const string AcceptPayload = Prefix + ":yes";
    public const string DeclinePayload = Prefix + ":no";

    private static readonly Dictionary<string, ConsentPress> Answers = new(StringComparer.Ordinal)
    {
        ["yes"] = new ConsentPress(Accept: true),
        ["no"] = new ConsentPress(Accept: false),
    };

    public override bool NeedsConsent => false;

    protected override ButtonData<ConsentPress> Data { get; } = ButtonData.Word(Prefix, Answers);

    protected override Task HandleAsync(ChatContext chat, ConsentPress press, CancellationToken ct)
    {
        var member = chat.Member;
        if (member.HasConsented)
        {
            // Withdrawing consent is erasure, which has its own confirmed command; an old notice's button is not it.
            MainMenu.Show(chat, chat.T.AlreadyAccepted);
            return Task.CompletedTask;
        }

        // Someone pressing a button under the notice has read it in the language it was shown in.
        member.ChooseLanguage(member.Language);
        if (press.Accept)
        {
            member.GiveConsent(chat.Now);
            member.Rename(chat.Message.DisplayName);
            chat.RetireSourceButtons();
            MainMenu.Show(chat, Messaging.ChannelTraits.For(chat.Message.Channel).WindowNote is { } note ? $"{chat.T.Welcome}\n{note(chat.T)}" : chat.T.Welcome);
        }
        else
        {
            member.DeclineConsent(chat.Now);
            chat.RetireSourceButtons();
            OnboardingSteps.Prompt(chat);
        }

        return Task.CompletedTask;
    }
}
