using System.Runtime.InteropServices;

namespace Advisor.Engine.Personalization;

/// <summary>
/// Arrays of doubles written and read as their bytes, in one call each: a saved ranker holds tens of
/// millions of them, and one call per number made loading it take seconds. Little-endian, as every
/// platform .NET runs this on.
/// </summary>
internal static class Doubles
{
    public static void Write(BinaryWriter writer, double[] values) => writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));

    public static void Read(BinaryReader reader, double[] values)
    {
        Span<byte> bytes = MemoryMarshal.AsBytes(values.AsSpan());
        while (bytes.Length > 0)
        {
            int read = reader.Read(bytes);
            if (read == 0) throw new EndOfStreamException("The saved ranker ends early.");
            bytes = bytes[read..];
        }
    }
}
