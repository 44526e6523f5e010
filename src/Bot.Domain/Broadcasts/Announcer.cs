using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>Starts broadcasts, and cross-posts to the Telegram channel and the Facebook Page when they are configured.</summary>
public sealed class Announcer(IBroadcastRepository broadcasts, CrossPostTargets targets, BotOptions options)
{
    /// <summary>Records a broadcast; the host writes its deliveries in batches and reports progress to <paramref name="reportTo"/>.</summary>
    public Broadcast Start(
        ChatContext chat, BroadcastKind kind, AudienceKind audience, long? eventId, Func<Language, OutboundTemplate> render, Member? reportTo)
    {
        var content = new BroadcastContent(Languages.All.ToDictionary(l => l, render));
        var broadcast = Broadcast.Create(kind, audience, eventId, content, reportTo, chat.Now);
        broadcasts.Add(broadcast);
        return broadcast;
    }

    /// <summary>
    /// A coordinator's announcement, written in the chat or on the dashboard: the text (plain, escaped here) and
    /// photo go to the audience, and to the channel and the Page when it is everyone subscribed. Progress is
    /// reported to the coordinator's chat. Null (and says so) when the audience is empty.
    /// </summary>
    public Broadcast? Announce(ChatContext chat, string text, Photo? photo, AudienceKind audience, long? eventId, int audienceSize)
    {
        if (audienceSize == 0)
        {
            chat.Reply(chat.T.AnnounceNobody);
            return null;
        }

        var template = new OutboundTemplate(Markup.Escape(text))
        {
            PhotoRef = photo?.Ref,
            PhotoChannel = photo?.From,
            Template = WindowTemplate.Of(WindowTemplate.Announcement, Markup.Escape(text)),
        };
        var broadcast = Start(chat, BroadcastKind.Announcement, audience, eventId, _ => template, reportTo: chat.Member);
        if (audience == AudienceKind.AnnouncementSubscribers)
        {
            CrossPost(chat, template);
        }

        MainMenu.Show(chat, chat.T.AnnounceQueued(audienceSize));
        return broadcast;
    }

    /// <summary>
    /// Posts to the channel and the Page, in the city's language. Each post is its own delivery: a failure
    /// there is retried and reported to the coordinator, and never holds up the members' messages.
    /// </summary>
    public void CrossPost(ChatContext chat, OutboundTemplate post)
    {
        var t = chat.T;
        var coordinator = new Recipient(chat.Member.Channel, chat.Member.ChatId);
        if (!string.IsNullOrWhiteSpace(targets.TelegramChannel))
        {
            chat.Send(post.To(new Recipient(ChannelKind.Telegram, targets.TelegramChannel)) with
            {
                OnFailure = new FailureNotice(coordinator, t.CrossPostFailed(t.TelegramChannelName), t.CrossPostGaveUp(t.TelegramChannelName)),
            });
        }

        if (!string.IsNullOrWhiteSpace(targets.FacebookPageId))
        {
            chat.Send(new OutboundMessage(new Recipient(ChannelKind.FacebookPage, targets.FacebookPageId), Markup.ToPlainText(post.Text))
            {
                PhotoRef = post.To(new Recipient(ChannelKind.FacebookPage, targets.FacebookPageId)).PhotoRef,
                Lane = DeliveryLane.Broadcast,
                OnFailure = new FailureNotice(coordinator, t.CrossPostFailed(t.FacebookPageName), t.CrossPostGaveUp(t.FacebookPageName)),
            });
        }
    }

    public Language CityLanguage => options.FallbackLanguage;

    public Phrasebook CityPhrases => Phrasebook.For(options.FallbackLanguage);
}
