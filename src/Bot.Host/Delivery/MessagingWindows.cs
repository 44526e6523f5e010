using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// What may go to a person outside their chat's messaging window (<see cref="ChannelTraits.MessagingWindow"/>): on
/// Messenger nothing a broadcast sends; on WhatsApp a message that fills a template the city had approved for its kind
/// and the person's language, as that (paid) template. Asked when a broadcast's rows are written, and of an audience
/// before a coordinator sends to it.
/// </summary>
public sealed class MessagingWindows(IEnumerable<IWindowTemplates> templates)
{
    /// <summary>Why a skipped row was not sent: outside the window, with no approved template of its kind and language.</summary>
    public static string NoTemplateReason(string? kind, Language language) =>
        kind is null ? $"{MessagingWindow.ClosedReason}: this kind of message has no template"
        : $"{MessagingWindow.ClosedReason}: no approved '{kind}' template in {language.Code}";

    private readonly Dictionary<ChannelKind, IWindowTemplates> byChannel = templates.ToDictionary(t => t.Channel);

    /// <summary>Whether a template of this kind and language may carry a message on the channel outside its window.</summary>
    public bool HasTemplate(ChannelKind channel, string? kind, Language language) =>
        kind is not null && channel.Traits().TakesTemplates && byChannel.TryGetValue(channel, out var their) && their.Has(kind, language);

    /// <summary>
    /// Why a broadcast's message is written as skipped instead of sent to someone who last wrote at
    /// <paramref name="lastMessageAt"/>, or null when it may go (within the window, or as an approved template).
    /// </summary>
    public string? SkipReason(ChannelKind channel, DateTimeOffset lastMessageAt, DateTimeOffset now, WindowTemplate? template, Language language)
    {
        if (MessagingWindow.IsOpen(channel, lastMessageAt, now))
        {
            return null;
        }

        if (!channel.Traits().TakesTemplates)
        {
            return MessagingWindow.ClosedReason;
        }

        return HasTemplate(channel, template?.Kind, language) ? null : NoTemplateReason(template?.Kind, language);
    }

    /// <summary>
    /// Of an audience, those outside their chat's window now: how many would get the city's (paid) template of
    /// <paramref name="templateKind"/> (as many as the platform's daily limit still allows), and how many would be skipped.
    /// </summary>
    public async Task<WindowReach> CountAsync(IQueryable<Member> audience, string? templateKind, DateTimeOffset now, CancellationToken ct)
    {
        var (templated, skipped) = (0, 0);
        foreach (var traits in ChannelTraits.All.Where(t => t.MessagingWindow is not null))
        {
            var closedBefore = now - traits.MessagingWindow!.Value;
            var channel = traits.Kind;
            var outside = await audience.Where(m => m.Channel == channel && m.LastMessageAt <= closedBefore)
                .GroupBy(m => m.Language)
                .Select(g => new { Language = g.Key, Count = g.Count() })
                .ToListAsync(ct);
            var withTemplate = outside.Where(g => HasTemplate(channel, templateKind, g.Language)).Sum(g => g.Count);
            var within = withTemplate > 0 && byChannel.TryGetValue(channel, out var their) ? Math.Min(withTemplate, await their.RemainingAsync(ct)) : withTemplate;
            templated += within;
            skipped += outside.Sum(g => g.Count) - within;
        }

        return new WindowReach(templated, skipped);
    }
}
