namespace GenYCity.Bot.Domain.Messaging;

/// <summary>What each channel can do, asked of the channel itself: its <see cref="ChannelTraits"/>.</summary>
public static class ChannelKinds
{
    public static ChannelTraits Traits(this ChannelKind channel) => ChannelTraits.For(channel);

    /// <summary>Whether a sent message can be edited in place (<see cref="ChannelTraits.CanEditMessages"/>).</summary>
    public static bool CanEditMessages(this ChannelKind channel) => channel.Traits().CanEditMessages;

    /// <summary>How long a button label made of user text may be (<see cref="ChannelTraits.MaxLabelLength"/>).</summary>
    public static int MaxLabelLength(this ChannelKind channel) => channel.Traits().MaxLabelLength;
}
