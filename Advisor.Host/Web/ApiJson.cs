using System.Text.Json;
using Advisor.Engine.Routines;

namespace Advisor.Host.Web;

/// <summary>The API writes what the contract defines: the routine JSON shape, compact on the wire.</summary>
public static class ApiJson
{
    /// <summary>Applies the contract's conventions (camelCase, kebab-case values, no nulls) to the API's options.</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        foreach (var converter in RoutineJson.Options.Converters) options.Converters.Add(converter);
        options.PropertyNamingPolicy = RoutineJson.Options.PropertyNamingPolicy;
        options.DefaultIgnoreCondition = RoutineJson.Options.DefaultIgnoreCondition;
        options.WriteIndented = false;
    }
}
