using System.Buffers.Binary;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Tests.Fakes;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A coordinator's photo for an announcement is taken only when Telegram's sendPhoto would take it: a JPEG or PNG
/// whose header can be read, of at most 10000 pixels in width and height together, neither side more than 20
/// times the other.
/// </summary>
public sealed class DashboardUploadTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, byte[], string, int, int> Taken => new()
    {
        { "a real 1×1 PNG", TestImages.Png, "image/png", 1, 1 },
        { "a PNG of 9000 × 1000, exactly the sum", TestImages.PngClaiming(9000, 1000), "image/png", 9000, 1000 },
        { "a PNG of 4000 × 200, exactly the ratio", TestImages.PngClaiming(4000, 200), "image/png", 4000, 200 },
        { "a baseline JPEG", TestImages.JpegClaiming(1920, 1080), "image/jpeg", 1920, 1080 },
        { "a progressive JPEG, upright", TestImages.JpegClaiming(3000, 4000, frame: 0xC2), "image/jpeg", 3000, 4000 },
        { "a JPEG with fill bytes before a marker", WithFillBytes(TestImages.JpegClaiming(800, 600)), "image/jpeg", 800, 600 },
    };

    [Theory]
    [MemberData(nameof(Taken))]
    public void APhotoTelegramTakes_IsTaken(string what, byte[] file, string contentType, int width, int height)
    {
        var upload = DashboardUpload.Of(file, Now, out var refusal);

        Assert.True(upload is not null, $"{what}: {refusal}");
        Assert.Null(refusal);
        Assert.Equal(contentType, upload.ContentType);
        Assert.Equal(file, upload.Content);
        Assert.True(width + height <= DashboardUpload.MaxWidthPlusHeight);
    }

    [Fact]
    public void TheTestsPng_IsWhatPngClaimingMakesOfItsOwnSize() => Assert.Equal(TestImages.Png, TestImages.PngClaiming(1, 1));

    public static TheoryData<string, byte[], PhotoProblem, int, int> TooLarge => new()
    {
        { "a PNG claiming 20000 × 20000", TestImages.PngClaiming(20000, 20000), PhotoProblem.TooManyPixels, 20000, 20000 },
        { "a PNG one pixel over the sum", TestImages.PngClaiming(9001, 1000), PhotoProblem.TooManyPixels, 9001, 1000 },
        { "a PNG as wide as PNG goes", TestImages.PngClaiming(int.MaxValue, 1), PhotoProblem.TooManyPixels, int.MaxValue, 1 },
        { "a JPEG of 12000 × 300", TestImages.JpegClaiming(12000, 300), PhotoProblem.TooManyPixels, 12000, 300 },
        { "a PNG a little over the ratio", TestImages.PngClaiming(4001, 200), PhotoProblem.TooElongated, 4001, 200 },
        { "a tall, narrow JPEG", TestImages.JpegClaiming(100, 2100, frame: 0xC2), PhotoProblem.TooElongated, 100, 2100 },
    };

    [Theory]
    [MemberData(nameof(TooLarge))]
    public void APhotoTelegramRefusesForItsSize_IsRefused_WithItsSize(string what, byte[] file, PhotoProblem problem, int width, int height)
    {
        Assert.True(DashboardUpload.Of(file, Now, out var refusal) is null, what);
        Assert.Equal(new PhotoRefusal(problem, new PixelSize(width, height)), refusal);
    }

    public static TheoryData<string, byte[]> Unreadable => new()
    {
        { "a PNG cut inside its header", TestImages.Png[..24] },
        { "a PNG whose header's checksum does not match", Changed(TestImages.Png, TestImages.PngIhdrFields + 2, 0x4E) },
        { "a PNG of zero width", TestImages.PngClaiming(0, 100) },
        { "a PNG wider than PNG allows", TestImages.PngClaiming(0x8000_0000, 1) },
        { "a PNG of an unknown colour type", Restamped(TestImages.Png, TestImages.PngIhdrFields + 9, 5) },
        { "a PNG cut before its end", TestImages.Png[..^12] },
        { "a PNG cut inside its image data", TestImages.Png[..^20] },
        { "a PNG whose first chunk is not IHDR", Changed(TestImages.Png, 12, (byte)'i') },
        { "a PNG signature alone", TestImages.Png[..8] },
        { "a JPEG cut inside its frame", TestImages.JpegClaiming(800, 600)[..30] },
        { "a JPEG cut before its scan", TestImages.JpegClaiming(800, 600)[..110] },
        { "a JPEG whose scan comes before its frame", ScanFirst() },
        { "a JPEG of zero height", TestImages.JpegClaiming(800, 0) },
        { "a JPEG whose frame names more components than it holds", Changed(TestImages.JpegClaiming(800, 600), FrameAt(TestImages.JpegClaiming(800, 600)) + 7, 4) },
        { "a JPEG with two frames", TwoFrames() },
        { "a JPEG whose segment runs past the file", [0xFF, 0xD8, 0xFF, 0xE0, 0x40, 0x00, 0x4A, 0x46] },
        { "a JPEG start alone", [0xFF, 0xD8, 0xFF] },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void APhotoCutShort_OrWhoseHeaderDoesNotHoldTogether_IsRefusedAsUnreadable(string what, byte[] file)
    {
        Assert.True(DashboardUpload.Of(file, Now, out var refusal) is null, what);
        Assert.Equal(new PhotoRefusal(PhotoProblem.Unreadable), refusal);
    }

    public static TheoryData<string, byte[]> NotAPhoto => new()
    {
        { "nothing", [] },
        { "a GIF", [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0] },
        { "text", [.. "=1+2"u8] },
    };

    [Theory]
    [MemberData(nameof(NotAPhoto))]
    public void AFileThatIsNoJpegOrPngOfAtMost5MB_IsRefusedAsSuch(string what, byte[] file)
    {
        Assert.True(DashboardUpload.Of(file, Now, out var refusal) is null, what);
        Assert.Equal(new PhotoRefusal(PhotoProblem.NotJpegOrPng), refusal);
    }

    // Made in the test, not given as theory data: data is written into every test case the runner sends about.
    [Fact]
    public void APngOver5MB_IsRefusedAsSuch() =>
        AFileThatIsNoJpegOrPngOfAtMost5MB_IsRefusedAsSuch("a PNG over 5 MB", [.. TestImages.Png, .. new byte[DashboardUpload.MaxBytes]]);

    private static byte[] Changed(byte[] file, int at, byte value)
    {
        var changed = file.ToArray();
        changed[at] = value;
        return changed;
    }

    /// <summary>A byte of the PNG's header changed, and the checksum made to match: the header holds together as a checksum goes.</summary>
    private static byte[] Restamped(byte[] png, int at, byte value)
    {
        var changed = Changed(png, at, value);
        BinaryPrimitives.WriteUInt32BigEndian(changed.AsSpan(TestImages.PngIhdrCrc), TestImages.Crc32(changed.AsSpan(12, 17)));
        return changed;
    }

    /// <summary>Where the first frame segment's length is (after it: precision, height, width, the number of components).</summary>
    private static int FrameAt(byte[] jpeg)
    {
        for (var at = 2; at < jpeg.Length - 1; at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2)))
        {
            if (jpeg[at + 1] is 0xC0 or 0xC2)
            {
                return at + 2;
            }
        }

        throw new InvalidOperationException("no frame");
    }

    private static byte[] WithFillBytes(byte[] jpeg)
    {
        var frame = FrameAt(jpeg) - 2;
        return [.. jpeg[..frame], 0xFF, 0xFF, 0xFF, .. jpeg[frame..]];
    }

    private static byte[] ScanFirst() =>
        [0xFF, 0xD8, .. TestImages.Segment(0xDA, [1, 1, 0, 0, 63, 0]), .. TestImages.Segment(0xC0, [8, 0, 10, 0, 10, 1, 1, 0x11, 0]), 0xFF, 0xD9];

    private static byte[] TwoFrames()
    {
        var jpeg = TestImages.JpegClaiming(800, 600);
        var frame = FrameAt(jpeg) - 2;
        return [.. jpeg[..frame], .. TestImages.Segment(0xC0, [8, 0, 10, 0, 10, 1, 1, 0x11, 0]), .. jpeg[frame..]];
    }
}
