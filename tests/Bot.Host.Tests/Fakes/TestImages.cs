using System.Buffers.Binary;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>Images for tests that upload or keep one.</summary>
public static class TestImages
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>Where <see cref="Png"/>'s IHDR fields start (after the signature, the chunk's length and type), and its CRC.</summary>
    public const int PngIhdrFields = 16;

    public const int PngIhdrCrc = 29;

    /// <summary>
    /// <see cref="Png"/> with its header saying another size, its checksum made to match: a file whose header claims
    /// what a photo of that size would (a real 20000×20000 picture takes hundreds of megabytes to make).
    /// </summary>
    public static byte[] PngClaiming(uint width, uint height)
    {
        var png = Png.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(PngIhdrFields), width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(PngIhdrFields + 4), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(PngIhdrCrc), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>
    /// <see cref="Png"/> made <paramref name="size"/> bytes long by a chunk of random bytes before its end: a photo
    /// large in bytes (as a camera's is) that is still a well-formed PNG, and differs every time.
    /// </summary>
    public static byte[] PngOfSize(int size)
    {
        const int End = 12;
        var filler = new byte[size - Png.Length - 12];
        System.Security.Cryptography.RandomNumberGenerator.Fill(filler);
        byte[] chunk = [0, 0, 0, 0, .. "tEXt"u8, .. filler, 0, 0, 0, 0];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)filler.Length);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(chunk.Length - 4), Crc32(chunk.AsSpan(4, filler.Length + 4)));
        return [.. Png.AsSpan(0, Png.Length - End), .. chunk, .. Png.AsSpan(Png.Length - End)];
    }

    /// <summary>
    /// A JPEG's segments as a camera writes them (JFIF, a quantisation table, the frame, a Huffman table, the scan, a
    /// few bytes of data, the end), the frame of the given kind (0xC0 baseline, 0xC2 progressive) and size.
    /// </summary>
    public static byte[] JpegClaiming(ushort width, ushort height, byte frame = 0xC0)
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        jpeg.AddRange(Segment(0xE0, [.. "JFIF"u8, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]));
        jpeg.AddRange(Segment(0xDB, [0, .. new byte[64]]));
        jpeg.AddRange(Segment(frame, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 0, 3, 0x11, 0]));
        jpeg.AddRange(Segment(0xC4, [0, .. new byte[16], 0]));
        jpeg.AddRange(Segment(0xDA, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]));
        jpeg.AddRange([0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9]);
        return [.. jpeg];
    }

    /// <summary>A JPEG segment: its marker, its length (which counts itself), its bytes.</summary>
    public static byte[] Segment(byte marker, byte[] content) =>
        [0xFF, marker, (byte)((content.Length + 2) >> 8), (byte)(content.Length + 2), .. content];

    /// <summary>
    /// A PNG picture of the given size (a river under an evening sky, in bands of colour), for a screenshot that should
    /// show a photo rather than a dot.
    /// </summary>
    public static byte[] Picture(int width, int height)
    {
        var rows = new byte[height * ((width * 3) + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 3) + 1);
            for (var x = 0; x < width; x++)
            {
                var sky = y < height * 0.55;
                var shade = sky ? y / (height * 0.55) : (y - (height * 0.55)) / (height * 0.45);
                var (r, g, b) = sky
                    ? (40 + (shade * 200), 90 + (shade * 90), 170 - (shade * 40))
                    : (20 + (shade * 20), 70 + (shade * 30) + (8 * Math.Sin(x / 9.0)), 110 + (shade * 40));
                var at = row + 1 + (x * 3);
                (rows[at], rows[at + 1], rows[at + 2]) = ((byte)r, (byte)g, (byte)b);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal))
        {
            zlib.Write(rows);
        }

        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), (uint)height);
        (ihdr[8], ihdr[9]) = (8, 2);
        return [.. Png.AsSpan(0, 8), .. Chunk("IHDR"u8, ihdr), .. Chunk("IDAT"u8, compressed.ToArray()), .. Chunk("IEND"u8, [])];
    }

    private static byte[] Chunk(ReadOnlySpan<byte> type, byte[] data)
    {
        byte[] chunk = [0, 0, 0, 0, .. type, .. data, 0, 0, 0, 0];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(chunk.Length - 4), Crc32(chunk.AsSpan(4, data.Length + 4)));
        return chunk;
    }

    /// <summary>The CRC-32 PNG chunks carry, computed bit by bit (as the PNG specification's sample code does).</summary>
    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = uint.MaxValue;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
