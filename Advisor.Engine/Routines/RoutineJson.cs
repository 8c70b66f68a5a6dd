using System.Text.Json;
using System.Text.Json.Serialization;

namespace Advisor.Engine.Routines;

/// <summary>The contract's JSON shape: camelCase fields, kebab-case values, absent rather than null.</summary>
public static class RoutineJson
{
    /// <summary>Options for writing routines (and reading them back).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>The routine as contract JSON.</summary>
    public static string Write(Routine routine) => JsonSerializer.Serialize(routine, Options);
}
