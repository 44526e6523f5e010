using System.Buffers.Binary;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// A JPEG's or PNG's size in pixels, from its file's structure rather than by decoding it, so a coordinator's photo
/// that a platform would refuse is answered at the upload. Null when the file is cut short or its header does not
/// hold together (a size of zero, a segment longer than the file, a checksum that does not match).
/// </summary>
internal static class ImageHeader
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>
    /// A PNG's size from its IHDR chunk, the first, whose fields and CRC are checked; and the chunks after it must
    /// all be there up to IEND, with image data among them.
    /// </summary>
    public static PixelSize? Png(ReadOnlySpan<byte> file)
    {
        const int ihdrEnd = 8 + 8 + 13 + 4;
        if (file.Length < ihdrEnd || BinaryPrimitives.ReadUInt32BigEndian(file[8..]) != 13 || !file[12..16].SequenceEqual("IHDR"u8)
            || Crc(file[12..29]) != BinaryPrimitives.ReadUInt32BigEndian(file[29..]))
        {
            return null;
        }

        var ihdr = file[16..29];
        var (width, height) = (BinaryPrimitives.ReadUInt32BigEndian(ihdr), BinaryPrimitives.ReadUInt32BigEndian(ihdr[4..]));
        var (depth, colour) = (ihdr[8], ihdr[9]);
        var validDepth = colour switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => depth is 8 or 16,
            _ => false,
        };
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue || !validDepth || ihdr[10] != 0 || ihdr[11] != 0 || ihdr[12] > 1)
        {
            return null;
        }

        var data = false;
        for (var at = ihdrEnd; ;)
        {
            if (file.Length - at < 12)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
            var type = file.Slice(at + 4, 4);
            if (length > (uint)(file.Length - at - 12))
            {
                return null;
            }

            if (type.SequenceEqual("IEND"u8))
            {
                return data ? new PixelSize((int)width, (int)height) : null;
            }

            data |= type.SequenceEqual("IDAT"u8);
            at += 12 + (int)length;
        }
    }

    /// <summary>
    /// A JPEG's size from its start-of-frame segment (baseline, progressive or other), found by walking the segments
    /// from the start of the file; the header must run whole up to the start of the scan, and the frame come before it.
    /// </summary>
    public static PixelSize? Jpeg(ReadOnlySpan<byte> file)
    {
        if (file.Length < 4 || file[0] != 0xFF || file[1] != 0xD8)
        {
            return null;
        }

        PixelSize? size = null;
        for (var at = 2; ;)
        {
            if (at >= file.Length || file[at] != 0xFF)
            {
                return null;
            }

            // A marker may be padded with any number of 0xFF.
            while (at < file.Length && file[at] == 0xFF)
            {
                at++;
            }

            if (at >= file.Length)
            {
                return null;
            }

            var marker = file[at++];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                // Markers without a segment.
                continue;
            }

            if (marker is 0x00 or 0xD8 or 0xD9 || file.Length - at < 2)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(file[at..]);
            if (length < 2 || length > file.Length - at)
            {
                return null;
            }

            if (marker == 0xDA)
            {
                // The start of the scan: the image data follows, and the frame must have been seen.
                return size;
            }

            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (size is not null || length < 8)
                {
                    return null;
                }

                // Length, precision, height, width, the number of components and three bytes for each.
                var (height, width, components) = (BinaryPrimitives.ReadUInt16BigEndian(file[(at + 3)..]), BinaryPrimitives.ReadUInt16BigEndian(file[(at + 5)..]), file[at + 7]);
                // A height left to a later DNL marker, or a segment that does not fit its components: not a photo to send.
                if (components == 0 || length != 8 + (3 * components) || height == 0 || width == 0)
                {
                    return null;
                }

                size = new PixelSize(width, height);
            }

            at += length;
        }
    }

    /// <summary>The CRC-32 of PNG chunks (ISO 3309, as zlib computes it).</summary>
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = uint.MaxValue;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
