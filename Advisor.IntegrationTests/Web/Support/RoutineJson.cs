using System.Text.Json;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>Queries over a routine as the API sends it (contract JSON), so tests read like the contract.</summary>
public static class RoutineJson
{
    /// <summary>Every item, in the order the person does them.</summary>
    public static IReadOnlyList<JsonElement> Items(this JsonElement routine) =>
        routine.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray()).ToArray();

    /// <summary>The items of one phase.</summary>
    public static IReadOnlyList<JsonElement> ItemsOf(this JsonElement routine, string phase) =>
        routine.GetProperty("phases").EnumerateArray().Where(p => p.GetProperty("phase").GetString() == phase)
            .SelectMany(p => p.GetProperty("items").EnumerateArray()).ToArray();

    /// <summary>Every exercise id, in order.</summary>
    public static IReadOnlyList<string> Ids(this JsonElement routine) => routine.Items().Select(Id).ToArray();

    /// <summary>The item's exercise id.</summary>
    public static string Id(this JsonElement item) => item.GetProperty("exerciseId").GetString()!;

    /// <summary>The item for <paramref name="id"/>; fails, listing the routine, when absent.</summary>
    public static JsonElement Item(this JsonElement routine, string id) =>
        routine.Items().FirstOrDefault(i => i.Id() == id) is { ValueKind: JsonValueKind.Object } item
            ? item
            : throw new Xunit.Sdk.XunitException($"'{id}' is not in the routine: {string.Join(", ", routine.Ids())}");

    /// <summary>The routine's id.</summary>
    public static string RoutineId(this JsonElement routine) => routine.GetProperty("routineId").GetString()!;

    /// <summary>Every guideline the item's reasons cite.</summary>
    public static IReadOnlyList<string> Guidelines(this JsonElement item) =>
        item.GetProperty("because").EnumerateArray().SelectMany(r => r.GetProperty("guidelines").EnumerateArray()).Select(g => g.GetString()!).ToArray();

    /// <summary>True when some reason of the item cites <paramref name="guideline"/>.</summary>
    public static bool Cites(this JsonElement item, string guideline) => item.Guidelines().Contains(guideline);

    /// <summary>The rules behind the item's reasons that cite <paramref name="guideline"/>.</summary>
    public static IReadOnlyList<string> RulesCiting(this JsonElement item, string guideline) =>
        item.GetProperty("because").EnumerateArray()
            .Where(r => r.GetProperty("guidelines").EnumerateArray().Any(g => g.GetString() == guideline))
            .Select(r => r.GetProperty("rule").GetString()!).ToArray();

    /// <summary>The item's cues.</summary>
    public static IReadOnlyList<string> Cues(this JsonElement item) =>
        item.GetProperty("cues").EnumerateArray().Select(c => c.GetString()!).ToArray();

    /// <summary>A one-line picture of the routine for failure messages.</summary>
    public static string Describe(this JsonElement routine) => string.Join(" | ", routine.GetProperty("phases").EnumerateArray().Select(p =>
        $"{p.GetProperty("phase").GetString()}: " + string.Join(", ", p.GetProperty("items").EnumerateArray().Select(i =>
            $"{i.Id()}({i.GetProperty("range").GetString()}, hold {i.GetProperty("holdSeconds").GetInt32()}, [{string.Join(" ", i.Guidelines().Distinct())}])"))));
}
