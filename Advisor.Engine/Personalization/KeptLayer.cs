namespace Advisor.Engine.Personalization;

/// <summary>
/// A personal layer as the ranker keeps it in the store when it drops it from memory: a format
/// number and the catalog's shape, then the layer. A kept layer that does not read, or was made
/// for another catalog, is as good as none: the person is read back from their whole log.
/// </summary>
internal static class KeptLayer
{
    // 2: the evidence about an exercise keeps the regions logged only.
    private const byte Format = 2;

    public static byte[] Write(PersonModel person, int exercises, int traits)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            writer.Write(Format);
            writer.Write(exercises);
            writer.Write(traits);
            person.Write(writer);
        }

        return bytes.ToArray();
    }

    /// <summary>The layer <paramref name="kept"/> holds, read into <paramref name="fresh"/>; null when it does not fit.</summary>
    public static PersonModel? Read(byte[]? kept, PersonModel fresh, int exercises, int traits)
    {
        if (kept is null) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(kept, writable: false));
            if (reader.ReadByte() != Format || reader.ReadInt32() != exercises || reader.ReadInt32() != traits) return null;
            fresh.Read(reader);
            return fresh;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or IOException)
        {
            return null;
        }
    }
}
