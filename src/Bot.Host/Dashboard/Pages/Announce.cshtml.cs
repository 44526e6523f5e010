using System.Globalization;
using System.Security.Cryptography;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>
/// An announcement as /announce makes it: the text, an optional photo (uploaded here), the audience (everyone
/// subscribed, or the people who answered an event), a preview, then Send; after which the page follows the
/// broadcast's progress. A form's key makes a second press of Send show the first broadcast, not start another.
/// </summary>
[RequestSizeLimit(DashboardUpload.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = DashboardUpload.MaxBytes + 64 * 1024)]
public sealed class AnnounceModel(
    IBroadcastRepository broadcasts, IEventRepository events, BotDbContext db, UnitOfWork unitOfWork, DashboardChat dashboardChat, DashboardOptions dashboard, TimeProvider clock)
    : DashboardPage
{
    public const string Everyone = "all";

    public IReadOnlyList<(string Value, string Label)> Audiences { get; private set; } = [];

    public string Text { get; private set; } = string.Empty;

    public string Audience { get; private set; } = Everyone;

    public string? PhotoKey { get; private set; }

    public string RequestKey { get; private set; } = string.Empty;

    /// <summary>Set when the form was checked and is shown as it will go out.</summary>
    public string? PreviewAudience { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await ListAudiencesAsync(ct);

    public async Task<IActionResult> OnPostPreviewAsync(string? text, string? audience, IFormFile? photo, string? photoKey, CancellationToken ct)
    {
        await ListAudiencesAsync(ct);
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
            if (photo.Length > DashboardUpload.MaxBytes || await ReadUploadAsync(photo, ct) is not { } upload)
            {
                problems.Add(P.PhotoRefused);
            }
            else
            {
                await unitOfWork.RunAsync(services =>
                {
                    services.GetRequiredService<BotDbContext>().DashboardUploads.Add(upload);
                    return Task.FromResult<IReadOnlyList<Domain.Messaging.OutboundMessage>?>([]);
                }, ct);
                PhotoKey = upload.Key;
            }
        }

        if (Audiences.All(a => a.Value != Audience))
        {
            problems.Add(T.InputUseButtons);
        }

        Problems = problems;
        if (problems.Count == 0)
        {
            PreviewAudience = Audiences.Single(a => a.Value == Audience).Label;
            RequestKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(string? text, string? audience, string? photoKey, string? requestKey, CancellationToken ct)
    {
        if (!DashboardUpload.IsKey(requestKey) || (photoKey is not null && !DashboardUpload.IsKey(photoKey)))
        {
            return BadRequest();
        }

        if (await db.Broadcasts.AsNoTracking().Where(b => b.RequestKey == requestKey).Select(b => (long?)b.Id).SingleOrDefaultAsync(ct) is { } sent)
        {
            return Redirect(BroadcastModel.PathOf(sent));
        }

        var (kind, eventId) = ParseAudience(audience);
        Broadcast? started = null;
        var outcome = await dashboardChat.RunAsync(Coordinator.Id, text, async (chat, services) =>
        {
            started = null;
            if (TextInput.Read(chat, AnnounceFlow.MaxTextLength, out var problem) is not { } body)
            {
                chat.Reply(problem);
                return;
            }

            if (kind is null)
            {
                chat.Reply(chat.T.InputUseButtons);
                return;
            }

            if (eventId is { } id && await services.GetRequiredService<IEventRepository>().FindAsync(id, ct) is null)
            {
                chat.Reply(chat.T.EventNotFound);
                return;
            }

            var photo = photoKey is null ? null : new Photo(DashboardUpload.Address(dashboard.PublicUrl, photoKey), null);
            var size = await services.GetRequiredService<IBroadcastRepository>().CountAudienceAsync(kind.Value, eventId, ct);
            started = services.GetRequiredService<Announcer>().Announce(chat, body, photo, kind.Value, eventId, size);
            started?.AskedBy(requestKey!);
        }, ct);
        return started is { Id: > 0 } broadcast && outcome.Kept ? After(outcome, BroadcastModel.PathOf(broadcast.Id)) : After(outcome, "/dashboard/announce");
    }

    private async Task ListAudiencesAsync(CancellationToken ct)
    {
        var list = new List<(string, string)> { (Everyone, T.AudienceSubscribers(await broadcasts.CountAudienceAsync(AudienceKind.AnnouncementSubscribers, null, ct))) };
        foreach (var cityEvent in await events.ListUpcomingAsync(clock.GetUtcNow(), AudienceStep.MaxEventChoices, ct))
        {
            var attendees = await broadcasts.CountAudienceAsync(AudienceKind.EventAttendees, cityEvent.Id, ct);
            list.Add(($"event:{cityEvent.Id.ToString(CultureInfo.InvariantCulture)}", Domain.Messaging.Markup.ToPlainText(T.AudienceEvent(Domain.Messaging.Markup.Escape(cityEvent.Title), attendees))));
        }

        Audiences = list;
    }

    private static (AudienceKind? Kind, long? EventId) ParseAudience(string? audience) =>
        audience == Everyone ? (AudienceKind.AnnouncementSubscribers, null)
        : audience is not null && audience.StartsWith("event:", StringComparison.Ordinal) && ButtonParts.TryId(audience["event:".Length..], out var id) ? (AudienceKind.EventAttendees, id)
        : (null, null);

    private async Task<DashboardUpload?> ReadUploadAsync(IFormFile photo, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await photo.CopyToAsync(buffer, ct);
        return DashboardUpload.Of(buffer.ToArray(), clock.GetUtcNow());
    }
}
