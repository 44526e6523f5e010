using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// An idea's photo as the dashboard can show it. Where a photo lives depends on the chat it came from: the console chat
/// keeps the path of a file on this machine, which the dashboard serves to coordinators itself; Messenger gives an
/// address on its own servers, which the page links to (its pages load nothing from other sites); Telegram gives a file
/// id that only its Bot API can turn into a picture, so the page says where to see it.
/// </summary>
public sealed record IdeaPhoto(IdeaPhotoPlace Place, ChannelKind Channel, string? Address)
{
    /// <summary>The most the dashboard reads of a file the console chat named: more is no photo from a phone.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>The idea's photo, or null without one.</summary>
    public static IdeaPhoto? Of(Idea idea) => idea.PhotoRef switch
    {
        null or "" => null,
        var file when idea.AuthorChannel == ChannelKind.Console && Path.IsPathFullyQualified(file) => new(IdeaPhotoPlace.File, idea.AuthorChannel, file),
        var address when address.StartsWith("https://", StringComparison.OrdinalIgnoreCase) => new(IdeaPhotoPlace.Link, idea.AuthorChannel, address),
        _ => new(IdeaPhotoPlace.Platform, idea.AuthorChannel, null),
    };

    /// <summary>
    /// The photo file's bytes and type, when it is still there and really is a JPEG, PNG, GIF or WebP (by its first bytes,
    /// not its name): a path in the database is never served as anything else.
    /// </summary>
    public async Task<(byte[] Content, string ContentType)?> ReadFileAsync(CancellationToken ct)
    {
        if (Place != IdeaPhotoPlace.File || Address is null || !File.Exists(Address) || new FileInfo(Address).Length is 0 or > MaxBytes)
        {
            return null;
        }

        var content = await File.ReadAllBytesAsync(Address, ct);
        return TypeOf(content) is { } type ? (content, type) : null;
    }

    private static string? TypeOf(byte[] content) => content switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };
}
