using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// A photo a coordinator uploaded for an announcement. Telegram and Messenger fetch a photo sent by address, so
/// it is served at {Dashboard:PublicUrl}/dashboard/media/{Key} to anyone with the address: the key is the
/// first 128 bits of the photo's SHA-256, which no one finds without having the photo, and the same photo
/// uploaded again (a preview shown twice) is the same upload. Kept in the database, so every instance of the
/// bot can serve it.
/// </summary>
public sealed class DashboardUpload
{
    /// <summary>What the platforms take by address: Telegram at most 5 MB for a photo.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Telegram's sendPhoto refuses a photo whose width and height add up to more (Messenger takes larger ones).</summary>
    public const int MaxWidthPlusHeight = 10_000;

    /// <summary>Telegram's sendPhoto refuses a photo one of whose sides is more times longer than the other.</summary>
    public const int MaxAspectRatio = 20;

    private DashboardUpload()
    {
        Key = string.Empty;
        ContentType = string.Empty;
        Content = [];
    }

    public long Id { get; private set; }

    public string Key { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// A JPEG or PNG of at most <see cref="MaxBytes"/>, by its first bytes (not by what the browser said it was), whose
    /// header can be read and whose size in pixels Telegram takes for a photo; otherwise null, and why.
    /// Telegram refuses any other for every recipient at once, long after the coordinator pressed Send.
    /// </summary>
    public static DashboardUpload? Of(byte[] content, DateTimeOffset now, out PhotoRefusal? refusal)
    {
        var (type, size) = content switch
        {
            { Length: 0 or > MaxBytes } => (null, null),
            [0xFF, 0xD8, 0xFF, ..] => ("image/jpeg", ImageHeader.Jpeg(content)),
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => ("image/png", ImageHeader.Png(content)),
            _ => ((string?)null, (PixelSize?)null),
        };
        refusal = type is null ? new PhotoRefusal(PhotoProblem.NotJpegOrPng)
            : size is not { } pixels ? new PhotoRefusal(PhotoProblem.Unreadable)
            : (long)pixels.Width + pixels.Height > MaxWidthPlusHeight ? new PhotoRefusal(PhotoProblem.TooManyPixels, pixels)
            : Math.Max(pixels.Width, pixels.Height) > (long)MaxAspectRatio * Math.Min(pixels.Width, pixels.Height) ? new PhotoRefusal(PhotoProblem.TooElongated, pixels)
            : null;
        return refusal is null
            ? new DashboardUpload { Key = Convert.ToHexStringLower(SHA256.HashData(content))[..32], ContentType = type!, Content = content, CreatedAt = now }
            : null;
    }

    /// <summary>The address the photo is served at, which the platforms fetch.</summary>
    public static string Address(string publicUrl, string key) => $"{publicUrl.TrimEnd('/')}{MediaPath}{key}";

    /// <summary>The key of an upload an address names (…/dashboard/media/{key}), or null when it names none.</summary>
    public static string? KeyOf(string? address) =>
        address is not null && address.Contains(MediaPath, StringComparison.Ordinal) && address[(address.LastIndexOf('/') + 1)..] is var key && IsKey(key) ? key : null;

    /// <summary>Where uploads are served, in every address that names one.</summary>
    public const string MediaPath = "/dashboard/media/";

    /// <summary>Whether a key is one this class makes (32 lower-case hex digits), before it is looked up.</summary>
    public static bool IsKey(string? key) => key is { Length: 32 } && key.All(char.IsAsciiHexDigitLower);
}

internal sealed class DashboardUploadConfiguration : IEntityTypeConfiguration<DashboardUpload>
{
    public void Configure(EntityTypeBuilder<DashboardUpload> upload)
    {
        upload.HasKey(u => u.Id);
        upload.Property(u => u.Key).HasMaxLength(32);
        upload.HasIndex(u => u.Key).IsUnique();
        upload.Property(u => u.ContentType).HasMaxLength(32);
    }
}

/// <summary>Serves uploaded photos to the platforms that fetch them (and to the dashboard's preview).</summary>
internal static class DashboardMedia
{
    public static async Task<IResult> ServeAsync(string key, Persistence.BotDbContext db, HttpContext context)
    {
        if (!DashboardUpload.IsKey(key)
            || await db.DashboardUploads.AsNoTracking().Where(u => u.Key == key).Select(u => new { u.ContentType, u.Content }).SingleOrDefaultAsync(context.RequestAborted) is not { } upload)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=86400, immutable";
        return Results.Bytes(upload.Content, upload.ContentType);
    }
}
