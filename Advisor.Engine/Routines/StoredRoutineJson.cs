using System.Text.Json;

namespace Advisor.Engine.Routines;

/// <summary>
/// How a served routine is kept in the store and read back: the contract's JSON, compact. One
/// setting for storage, apart from what the HTTP edge writes, so a change to the wire format never
/// changes how stored routines read.
/// </summary>
public static class StoredRoutineJson
{
    private static readonly JsonSerializerOptions Options = new(RoutineJson.Options) { WriteIndented = false };

    /// <summary>The routine as the store keeps it.</summary>
    public static string Write(Routine routine) => JsonSerializer.Serialize(routine, Options);

    /// <summary>A stored routine read back.</summary>
    public static Routine Read(string json) =>
        JsonSerializer.Deserialize<Routine>(json, Options) ?? throw new JsonException("A stored routine is empty.");
}
