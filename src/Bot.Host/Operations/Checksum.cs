using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GenYCity.Bot.Host.Operations;

/// <summary>
/// A table's rows and a checksum of their values, the same whichever database they were read from and in whatever
/// order: each row's values are written in one canonical form (a tag per kind of value, instants as UTC ticks, text as
/// UTF-8 with its length), hashed with SHA-256, and the row hashes added up (four 64-bit lanes), so the sum is of the
/// rows as a set, and a row missing, added or changed changes it.
/// </summary>
public sealed class Checksum
{
    private readonly ulong[] lanes = new ulong[4];
    private readonly ArrayBufferWriter<byte> row = new(256);

    public long Rows { get; private set; }

    public string Hex
    {
        get
        {
            Span<byte> bytes = stackalloc byte[32];
            for (var i = 0; i < 4; i++)
            {
                BinaryPrimitives.WriteUInt64BigEndian(bytes[(i * 8)..], lanes[i]);
            }

            return Convert.ToHexStringLower(bytes);
        }
    }

    /// <summary>Adds a row, its values as SQLite stores them (on PostgreSQL's side, as SQLite would).</summary>
    public void Add(object?[] values)
    {
        row.ResetWrittenCount();
        foreach (var value in values)
        {
            Write(value);
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(row.WrittenSpan, hash);
        for (var i = 0; i < 4; i++)
        {
            lanes[i] += BinaryPrimitives.ReadUInt64BigEndian(hash[(i * 8)..]);
        }

        Rows++;
    }

    private void Write(object? value)
    {
        switch (value)
        {
            case null:
                Tag(0);
                break;
            case string text:
                Tag(1);
                Bytes(Encoding.UTF8.GetBytes(text));
                break;
            case byte[] bytes:
                Tag(2);
                Bytes(bytes);
                break;
            case DateTimeOffset instant:
                Tag(3);
                Int64(instant.UtcTicks);
                break;
            case bool flag:
                Tag(4);
                Int64(flag ? 1 : 0);
                break;
            case double or float:
                Tag(5);
                Int64(BitConverter.DoubleToInt64Bits(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case decimal number:
                Tag(6);
                Bytes(Encoding.UTF8.GetBytes(number.ToString(CultureInfo.InvariantCulture)));
                break;
            case Guid guid:
                Tag(8);
                Bytes(guid.ToByteArray());
                break;
            case DateTime time:
                Tag(9);
                Int64(time.Ticks);
                break;
            case TimeSpan span:
                Tag(10);
                Int64(span.Ticks);
                break;
            case Enum or sbyte or byte or short or ushort or int or uint or long or ulong or char:
                Tag(7);
                Int64(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            default:
                throw new InvalidOperationException($"The checksum has no canonical form for a value of type {value.GetType().Name}.");
        }
    }

    private void Tag(byte tag) => row.Write([tag]);

    private void Int64(long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(row.GetSpan(8), value);
        row.Advance(8);
    }

    private void Bytes(byte[] bytes)
    {
        Int64(bytes.Length);
        row.Write(bytes);
    }
}
