using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Members;

/// <summary>
/// A person the bot knows on one channel. Before consent this row is all that is stored about them:
/// their channel id, the language they see, and where they are in onboarding.
/// </summary>
public sealed class Member
{
    private Member()
    {
        ExternalId = string.Empty;
        ChatId = string.Empty;
    }

    public Member(ChannelKind channel, string externalId, string chatId, Language language, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        ArgumentException.ThrowIfNullOrWhiteSpace(chatId);
        Channel = channel;
        ExternalId = externalId;
        ChatId = chatId;
        Language = language;
        CreatedAt = now;
        LastMessageAt = now;
        IsReachable = true;
    }

    public long Id { get; private set; }

    public ChannelKind Channel { get; private set; }

    /// <summary>The person's id on the channel.</summary>
    public string ExternalId { get; private set; }

    /// <summary>Where the bot writes to the person.</summary>
    public string ChatId { get; private set; }

    public Language Language { get; private set; }

    /// <summary>
    /// The name the chat app shows for the person, kept once they consent and shown to coordinators only;
    /// null before consent and where the platform gives none (Messenger's webhooks do not).
    /// </summary>
    public string? DisplayName { get; private set; }

    /// <summary>False while the language is only guessed from the platform.</summary>
    public bool LanguageConfirmed { get; private set; }

    public ConsentStatus Consent { get; private set; }

    public DateTimeOffset? ConsentChangedAt { get; private set; }

    public MemberRoles Roles { get; private set; }

    public Subscriptions Subscriptions { get; private set; }

    /// <summary>False once the platform says the person blocked the bot or is gone.</summary>
    public bool IsReachable { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the person last wrote; Messenger's 24-hour window is counted from here.</summary>
    public DateTimeOffset LastMessageAt { get; private set; }

    /// <summary>When the person was told their silent account will be erased (Privacy:InactiveMonths); null once they write.</summary>
    public DateTimeOffset? InactivityNoticeAt { get; private set; }

    public bool IsCoordinator => Roles.HasFlag(MemberRoles.Coordinator);

    public bool HasConsented => Consent == ConsentStatus.Given;

    public OnboardingStep OnboardingStep => this switch
    {
        { LanguageConfirmed: false } => OnboardingStep.ChooseLanguage,
        { Consent: ConsentStatus.Given } => OnboardingStep.Done,
        { Consent: ConsentStatus.Declined } => OnboardingStep.Declined,
        _ => OnboardingStep.Consent,
    };

    public const int MaxDisplayNameLength = 100;

    /// <summary>Records that the person wrote; someone who writes is reachable again.</summary>
    public void Touch(DateTimeOffset now)
    {
        LastMessageAt = now;
        IsReachable = true;
        InactivityNoticeAt = null;
    }

    /// <summary>Records that the person was told their silent account will be erased.</summary>
    public void ToldOfInactivity(DateTimeOffset now) => InactivityNoticeAt = now;

    /// <summary>Keeps the name the platform gave with the person's latest message, once they have consented.</summary>
    public void Rename(string? displayName)
    {
        if (!HasConsented || string.IsNullOrWhiteSpace(displayName))
        {
            return;
        }

        var name = new System.Globalization.StringInfo(Chat.TextInput.Clean(displayName).Trim());
        if (name.LengthInTextElements > 0)
        {
            DisplayName = name.SubstringByTextElements(0, Math.Min(name.LengthInTextElements, MaxDisplayNameLength));
        }
    }

    public void ChooseLanguage(Language language)
    {
        Language = language;
        LanguageConfirmed = true;
    }

    /// <summary>Consent turns on announcements and the weekly digest, as the privacy notice says.</summary>
    public void GiveConsent(DateTimeOffset now)
    {
        if (Consent == ConsentStatus.Given)
        {
            return;
        }

        Consent = ConsentStatus.Given;
        ConsentChangedAt = now;
        Subscriptions = Subscriptions.All;
    }

    public void DeclineConsent(DateTimeOffset now)
    {
        Consent = ConsentStatus.Declined;
        DisplayName = null;
        ConsentChangedAt = now;
        Subscriptions = Subscriptions.None;
    }

    /// <summary>Turns one subscription on or off; only a person who consented can subscribe.</summary>
    public bool Toggle(Subscriptions subscription)
    {
        if (!HasConsented)
        {
            return false;
        }

        Subscriptions ^= subscription;
        return Subscriptions.HasFlag(subscription);
    }

    public bool IsSubscribedTo(Subscriptions subscription) => Subscriptions.HasFlag(subscription);

    /// <summary>Coordinators are named in configuration; the row follows it on every message.</summary>
    public void SetCoordinator(bool isCoordinator) =>
        Roles = isCoordinator ? Roles | MemberRoles.Coordinator : Roles & ~MemberRoles.Coordinator;

    public void MarkUnreachable() => IsReachable = false;

    /// <summary>The platform says the person blocked the bot: nobody is written to who said no, and broadcasts skip them from now on.</summary>
    public void BlockedTheBot()
    {
        IsReachable = false;
        Subscriptions = Subscriptions.None;
    }

    /// <summary>Unblocking makes the person reachable; their subscriptions stay off until they turn them on.</summary>
    public void UnblockedTheBot() => IsReachable = true;

    /// <summary>The platform moved the person's chat (a group upgraded to a supergroup).</summary>
    public void MoveChat(string newChatId) => ChatId = newChatId;
}
