using System.Collections.Frozen;

namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// What differs between the platforms, one object per channel: the domain and the delivery code ask a channel's
/// traits (<see cref="For"/>) instead of naming the channel. A new channel is its <see cref="ChannelKind"/>, its
/// traits here, and its folder of the host's Channels.
/// </summary>
public sealed record ChannelTraits
{
    /// <summary>The local console chat: one person at a terminal, no platform limits worth the name.</summary>
    public static ChannelTraits Console { get; } = new()
    {
        Kind = ChannelKind.Console,
        CanEditMessages = true,
        CoordinatorExample = "console:local",
        Rates = new SendRates(PerSecond: 1000, ChatBurst: 100, ChatPerSecond: 100, GroupPerMinute: 1000, GroupBurst: 100),
    };

    /// <summary>
    /// Telegram: messages are edited in place, a location is shared from the attachment menu, and nothing limits
    /// when the bot may write. About 30 messages a second overall, one a second in a chat (read strictly: no
    /// bursts), 20 a minute in a group; paid broadcasts up to 1,000 a second.
    /// </summary>
    public static ChannelTraits Telegram { get; } = new()
    {
        Kind = ChannelKind.Telegram,
        CanEditMessages = true,
        TakesLocations = true,
        CoordinatorExample = "telegram:<numeric user id>",
        Rates = new SendRates(PerSecond: 30, ChatBurst: 1, ChatPerSecond: 1, GroupPerMinute: 20, GroupBurst: 1) { PaidPerSecond = 1000 },
    };

    /// <summary>
    /// Facebook Messenger: at most 13 quick replies, titles cut at 20 characters; a sent message cannot be changed;
    /// a Page may write to a person only within 24 hours of their last message, except with a tag, which the
    /// policy allows for reminders of events the person signed up for.
    /// </summary>
    public static ChannelTraits Messenger { get; } = new()
    {
        Kind = ChannelKind.Messenger,
        MaxButtons = 13,
        MaxLabelLength = ButtonLabel.MaxLength,
        MessagingWindow = TimeSpan.FromHours(24),
        TaggedPurposes = FrozenSet.Create(MessagePurpose.ConfirmedEventReminder, MessagePurpose.AccountUpdate),
        CoordinatorExample = "messenger:<PSID>",
        Rates = new SendRates(PerSecond: 40, ChatBurst: 5, ChatPerSecond: 1, GroupPerMinute: 60, GroupBurst: 3),
        WindowNote = t => t.MessengerWindowNote,
    };

    /// <summary>
    /// WhatsApp (Cloud API): at most three reply buttons, or a list of ten rows; a sent message cannot be changed; a
    /// location is shared from the attachment menu. The bot may write freely only within 24 hours of the person's last
    /// message; outside it only the city's approved templates go, and Meta charges for each. 80 messages a second per
    /// number; one person gets a few at once, then about one every six seconds (Meta's pair rate).
    /// </summary>
    public static ChannelTraits WhatsApp { get; } = new()
    {
        Kind = ChannelKind.WhatsApp,
        MaxButtons = 13,
        MaxLabelLength = ButtonLabel.MaxLength,
        MessagingWindow = TimeSpan.FromHours(24),
        TakesTemplates = true,
        TakesLocations = true,
        CoordinatorExample = "whatsapp:<wa_id, the number in international form without +>",
        Rates = new SendRates(PerSecond: 80, ChatBurst: 10, ChatPerSecond: 1, GroupPerMinute: 60, GroupBurst: 3) { ChatPerMinute = 10 },
        WindowNote = t => t.WhatsAppWindowNote,
    };

    /// <summary>A Facebook Page's feed: no people chat there, it only gets cross-posted announcements, slowly.</summary>
    public static ChannelTraits FacebookPage { get; } = new()
    {
        Kind = ChannelKind.FacebookPage,
        HasPeople = false,
        HealthCheckName = "facebook-page",
        Rates = new SendRates(PerSecond: 1, ChatBurst: 1, ChatPerSecond: 1, GroupPerMinute: 10, GroupBurst: 1),
    };

    /// <summary>Every channel's traits.</summary>
    public static IReadOnlyList<ChannelTraits> All { get; } = [Console, Telegram, Messenger, FacebookPage, WhatsApp];

    private static readonly FrozenDictionary<ChannelKind, ChannelTraits> ByKind = All.ToFrozenDictionary(t => t.Kind);

    // Made once from the kind when not given: the name is read for every span and measurement of the channel.
    private string? healthCheckName;
    private readonly string? coordinatorExample;

    public required ChannelKind Kind { get; init; }

    /// <summary>Whether people chat with the bot here; a feed (a Facebook Page) only gets cross-posts, and is no broadcast's audience.</summary>
    public bool HasPeople { get; init; } = true;

    /// <summary>Buttons one message may carry; the channel's sender drops any beyond.</summary>
    public int MaxButtons { get; init; } = 100;

    /// <summary>
    /// How long a button label made of user text may be: Messenger cuts titles at 20 characters; on Telegram and in
    /// the console a row's button shows about 32 before the platform cuts it. Fixed labels keep within
    /// <see cref="ButtonLabel.MaxLength"/> everywhere.
    /// </summary>
    public int MaxLabelLength { get; init; } = 32;

    /// <summary>Whether a sent message can be edited in place (on Messenger an edit would be a new message).</summary>
    public bool CanEditMessages { get; init; }

    /// <summary>
    /// How long after a person's last message the bot may write to them freely, or null: at any time. Outside it only
    /// messages of a <see cref="TaggedPurposes"/> may go; a broadcast is skipped, and people are told so at welcome.
    /// </summary>
    public TimeSpan? MessagingWindow { get; init; }

    /// <summary>The purposes for which a message may be tagged to go outside the <see cref="MessagingWindow"/>.</summary>
    public IReadOnlySet<MessagePurpose> TaggedPurposes { get; init; } = FrozenSet<MessagePurpose>.Empty;

    /// <summary>
    /// Whether, outside its <see cref="MessagingWindow"/>, the platform takes messages in templates the city had approved
    /// (WhatsApp): a message that fills one (<see cref="OutboundMessage.Template"/>) goes as it, paid; the rest are skipped.
    /// </summary>
    public bool TakesTemplates { get; init; }

    /// <summary>What people are told at welcome about the <see cref="MessagingWindow"/>, on a channel that has one.</summary>
    public Func<Texts.Phrasebook, string>? WindowNote { get; init; }

    /// <summary>Whether a person can share a location from the chat itself; elsewhere they type the place.</summary>
    public bool TakesLocations { get; init; }

    /// <summary>How a coordinator on this channel is named in Bot:Coordinators, as the start-up warning shows it.</summary>
    public string CoordinatorExample
    {
        get => coordinatorExample ?? $"{Kind.ToString().ToLowerInvariant()}:<id>";
        init => coordinatorExample = value;
    }

    /// <summary>The platform's sending limits: the defaults of the Delivery:&lt;Channel&gt; settings.</summary>
    public required SendRates Rates { get; init; }

    /// <summary>
    /// The channel's name as /health names its check and telemetry tags its spans and measurements: the channel's name
    /// in lower case, unless given.
    /// </summary>
    public string HealthCheckName
    {
        get => healthCheckName ??= Kind.ToString().ToLowerInvariant();
        init => healthCheckName = value;
    }

    /// <summary>The channel's traits.</summary>
    public static ChannelTraits For(ChannelKind channel) =>
        ByKind.TryGetValue(channel, out var traits) ? traits : throw new ArgumentOutOfRangeException(nameof(channel), channel, "A channel without traits: add them to ChannelTraits.All.");

    /// <summary>Whether a message of this purpose may go to a person who last wrote at <paramref name="lastMessageAt"/>.</summary>
    public bool MayWrite(MessagePurpose purpose, DateTimeOffset lastMessageAt, DateTimeOffset now) =>
        MessagingWindow is not { } window || now - lastMessageAt < window || TaggedPurposes.Contains(purpose);
}
