using System.Globalization;
using System.Security.Cryptography;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>
/// An announcement as /announce makes it: the text, an optional photo (uploaded here), the audience (everyone
/// subscribed, or the people who answered an event), a preview, then Send; after which the page follows the
/// broadcast's progress. An announcement's key is made from what it is (who sends it, on which day, to whom,
/// with which photo and text), so pressing Send twice, posting it again from the back button, or two presses
/// at once start one broadcast, and the later ones are shown it.
/// </summary>
// Room above the photo's limit, so a photo somewhat too large is answered in words rather than cut off.
[RequestSizeLimit(2 * DashboardUpload.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * DashboardUpload.MaxBytes)]
public sealed class AnnounceModel(
    IBroadcastRepository broadcasts, IEventRepository events, BotDbContext db, UploadedPhotos photos, DashboardChat dashboardChat, DashboardOptions dashboard, EventTime time, TimeProvider clock, DashboardFigures figures)
    : DashboardPage
{
    public const string Everyone = "all";

    /// <summary>How many of the latest broadcasts are listed under the form, each a link to its page.</summary>
    public const int Latest = 20;

    /// <summary>The latest broadcasts of every kind (announcements, events, polls, followers' notices, digests), the newest first.</summary>
    public IReadOnlyList<BroadcastOutcome> Recent { get; private set; } = [];

    public IReadOnlyList<(string Value, string Label)> Audiences { get; private set; } = [];

    public string Text { get; private set; } = string.Empty;

    public string Audience { get; private set; } = Everyone;

    public string? PhotoKey { get; private set; }

    /// <summary>Set when the form was checked and is shown as it will go out.</summary>
    public string? PreviewAudience { get; private set; }

    /// <summary>With the preview: of the audience, those outside their chat's 24-hour window (WhatsApp's paid templates, the skipped).</summary>
    public WindowReach Window { get; private set; } = WindowReach.None;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ListAudiencesAsync(ct);
        Recent = await figures.LatestBroadcastsAsync(Latest, ct);
    }


    public async Task<IActionResult> OnPostPreviewAsync(string? text, string? audience, IFormFile? photo, string? photoKey, CancellationToken ct)
    {
        await ListAudiencesAsync(ct);
        // Shown again under the form when the preview is refused.
        Recent = await figures.LatestBroadcastsAsync(Latest, ct);
        Text = text ?? string.Empty;
        Audience = audience ?? Everyone;
        var problems = new List<string>();
        if (TextInput.Read(text, T, AnnounceFlow.MaxTextLength, out var problem) is null)
        {
            problems.Add($"{P.AnnouncementText}: {problem}");
        }

        PhotoKey = DashboardUpload.IsKey(photoKey) ? photoKey : null;
        if (photo is { Length: > 0 })
        {
            var (key, refusal) = await photos.KeepAsync(photo, P, ct);
            if (refusal is not null)
            {
                problems.Add(refusal);
            }
            else
            {
                PhotoKey = key;
            }
        }

        if (Audiences.All(a => a.Value != Audience))
        {
            problems.Add(P.ChooseAudience);
        }

        Problems = problems;
        if (problems.Count == 0)
        {
            PreviewAudience = Audiences.Single(a => a.Value == Audience).Label;
            var (kind, eventId) = ParseAudience(Audience);
            Window = await broadcasts.CountOutsideWindowAsync(kind!.Value, eventId, Domain.Messaging.WindowTemplate.Announcement, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(string? text, string? audience, string? photoKey, CancellationToken ct)
    {
        var (kind, eventId) = ParseAudience(audience);
        if (kind is null || (photoKey is not null && !await photos.IsKeptAsync(photoKey, ct)))
        {
            return NotThere(kind is null ? P.ChooseAudience : P.PhotoRefused, "/dashboard/announce");
        }

        var requestKey = RequestKeyOf(text, audience!, photoKey);
        if (await SentAsync(requestKey, ct) is { } sent)
        {
            return NotThere(P.AlreadySent, BroadcastModel.PathOf(sent));
        }

        Broadcast? started = null;
        DashboardOutcome outcome;
        try
        {
            outcome = await dashboardChat.RunAsync(Coordinator.Id, text, async (chat, services) =>
            {
                started = null;
                if (TextInput.Read(chat, AnnounceFlow.MaxTextLength, out var problem) is not { } body)
                {
                    chat.Reply(problem);
                    return;
                }

                if (eventId is { } id)
                {
                    // Only an event still to come, as the chat offers: a past or cancelled one's people are not an audience.
                    var cityEvent = await services.GetRequiredService<IEventRepository>().FindAsync(id, ct);
                    if (cityEvent is null || !cityEvent.IsOpen(chat.Now))
                    {
                        chat.Reply(cityEvent is null ? chat.T.EventNotFound : chat.T.EventOver);
                        return;
                    }
                }

                var photo = photoKey is null ? null : new Photo(DashboardUpload.Address(dashboard.PublicUrl, photoKey), null);
                var size = await services.GetRequiredService<IBroadcastRepository>().CountAudienceAsync(kind.Value, eventId, ct);
                started = services.GetRequiredService<Announcer>().Announce(chat, body, photo, kind.Value, eventId, size);
                started?.AskedBy(requestKey);
            }, ct);
        }
        catch (DbUpdateException)
        {
            // Sent by a press a moment earlier, whose unit of work committed first: the same announcement.
            if (await SentAsync(requestKey, CancellationToken.None) is not { } first)
            {
                throw;
            }

            return NotThere(P.AlreadySent, BroadcastModel.PathOf(first));
        }

        return started is { Id: > 0 } broadcast && outcome.Kept ? After(outcome, BroadcastModel.PathOf(broadcast.Id)) : After(outcome, "/dashboard/announce");
    }

    /// <summary>The key of an announcement: its sender, the city's day, its audience, photo and text (as the text will be read).</summary>
    private string RequestKeyOf(string? text, string audience, string? photoKey)
    {
        var day = DateOnly.FromDateTime(time.Local(clock.GetUtcNow())).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var what = string.Join('\n', Coordinator.Id.ToString(CultureInfo.InvariantCulture), day, audience, photoKey ?? "-", TextInput.Clean(text ?? string.Empty).Trim());
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(what)))[..32];
    }

    private Task<long?> SentAsync(string requestKey, CancellationToken ct) =>
        db.Broadcasts.AsNoTracking().Where(b => b.RequestKey == requestKey).Select(b => (long?)b.Id).SingleOrDefaultAsync(ct);

    private async Task ListAudiencesAsync(CancellationToken ct)
    {
        Audiences = [.. (await AudienceStep.ChoicesAsync(broadcasts, events, clock.GetUtcNow(), ct)).Select(choice => choice.Event is { } cityEvent
            ? ($"event:{cityEvent.Id.ToString(CultureInfo.InvariantCulture)}", Domain.Messaging.Markup.ToPlainText(T.AudienceEvent(Domain.Messaging.Markup.Escape(cityEvent.Title), choice.Size)))
            : (Everyone, T.AudienceSubscribers(choice.Size)))];
    }

    private static (AudienceKind? Kind, long? EventId) ParseAudience(string? audience) =>
        audience == Everyone ? (AudienceKind.AnnouncementSubscribers, null)
        : audience is not null && audience.StartsWith("event:", StringComparison.Ordinal) && ButtonParts.TryId(audience["event:".Length..], out var id) ? (AudienceKind.EventAttendees, id)
        : (null, null);
}
