using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// A photo a coordinator uploads on a dashboard form (an announcement's, a budget project's): read, checked as
/// Telegram will check it, and kept once however often it is uploaded; or refused, in the coordinator's words.
/// </summary>
public sealed class UploadedPhotos(BotDbContext db, UnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>The kept photo's key, or why it is refused.</summary>
    public async Task<(string? Key, string? Refusal)> KeepAsync(IFormFile photo, DashboardPhrases p, CancellationToken ct)
    {
        var (upload, refusal) = photo.Length > DashboardUpload.MaxBytes ? (null, new PhotoRefusal(PhotoProblem.NotJpegOrPng)) : await ReadAsync(photo, ct);
        if (upload is null)
        {
            return (null, WhyRefused(refusal, p));
        }

        await KeepAsync(upload, ct);
        return (upload.Key, null);
    }

    /// <summary>
    /// The photo of a form, kept and named by the address the platforms fetch it at; null without one, or when it
    /// is refused (and why is added to <paramref name="problems"/>).
    /// </summary>
    public async Task<Domain.Broadcasts.Photo?> KeepAsync(IFormFile? photo, string publicUrl, DashboardPhrases p, List<string> problems, CancellationToken ct)
    {
        if (photo is not { Length: > 0 })
        {
            return null;
        }

        var (key, refusal) = await KeepAsync(photo, p, ct);
        if (refusal is not null)
        {
            problems.Add(refusal);
            return null;
        }

        return new Domain.Broadcasts.Photo(DashboardUpload.Address(publicUrl, key!), null);
    }

    /// <summary>A photo a person sent in a chat that gives no address of its own (WhatsApp): its key, or null when it is no photo Telegram takes.</summary>
    public async Task<string?> KeepAsync(byte[] content, CancellationToken ct)
    {
        if (DashboardUpload.Of(content, clock.GetUtcNow(), out _) is not { } upload)
        {
            return null;
        }

        await KeepAsync(upload, ct);
        return upload.Key;
    }

    /// <summary>Whether a key names a photo kept here.</summary>
    public Task<bool> IsKeptAsync(string key, CancellationToken ct) => db.DashboardUploads.AnyAsync(u => u.Key == key, ct);

    private async Task KeepAsync(DashboardUpload upload, CancellationToken ct)
    {
        try
        {
            await unitOfWork.RunAsync(async services =>
            {
                var uploads = services.GetRequiredService<BotDbContext>().DashboardUploads;
                if (!await uploads.AnyAsync(u => u.Key == upload.Key, ct))
                {
                    uploads.Add(upload);
                }

                return [];
            }, ct);
        }
        catch (DbUpdateException)
        {
            // The same photo, kept by a preview a moment earlier; anything else is a fault.
            if (!await db.DashboardUploads.AnyAsync(u => u.Key == upload.Key, CancellationToken.None))
            {
                throw;
            }
        }
    }

    private async Task<(DashboardUpload? Upload, PhotoRefusal? Refusal)> ReadAsync(IFormFile photo, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await photo.CopyToAsync(buffer, ct);
        var upload = DashboardUpload.Of(buffer.ToArray(), clock.GetUtcNow(), out var refusal);
        return (upload, refusal);
    }

    /// <summary>Why the photo is not taken, in the coordinator's words: for a size Telegram refuses, its size and the limit.</summary>
    private static string WhyRefused(PhotoRefusal? refusal, DashboardPhrases p) => refusal switch
    {
        { Problem: PhotoProblem.Unreadable } => p.PhotoUnreadable,
        { Problem: PhotoProblem.TooManyPixels, Size: { } size } => p.PhotoTooManyPixels(size.Width, size.Height, DashboardUpload.MaxWidthPlusHeight),
        { Problem: PhotoProblem.TooElongated, Size: { } size } => p.PhotoTooElongated(size.Width, size.Height, DashboardUpload.MaxAspectRatio),
        _ => p.PhotoRefused,
    };
}
