using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Advisor.Host.Web.Endpoints;
using Microsoft.AspNetCore.OpenApi;

namespace Advisor.Host.Web.Description;

/// <summary>
/// The names of the document's schemas. The framework names a schema by its type's short name, so
/// two types of one name share one schema: the workday's answer (<see cref="WorkdayEndpoints.Day"/>)
/// was documented as the assessment's enum Day, and a generated client read the slots as that enum.
/// A <see cref="JsonElement"/> (a stored assessment or outcome, as it was sent) is any JSON: its
/// empty schema stays inline instead of becoming a schema named after a .NET type, which a
/// generated client turned into a class of that name.
/// </summary>
public static class SchemaNames
{
    private static readonly Dictionary<Type, string> Renamed = new()
    {
        [typeof(WorkdayEndpoints.Day)] = "WorkdaySlots",
        [typeof(WorkdayEndpoints.Slot)] = "WorkdaySlot",
    };

    /// <summary>The schema's name for <paramref name="type"/>: the framework's, but for the types renamed so that no two share one; null keeps it inline.</summary>
    public static string? Of(JsonTypeInfo type) =>
        type.Type == typeof(JsonElement) ? null
        : Renamed.TryGetValue(type.Type, out string? name) ? name : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
}
