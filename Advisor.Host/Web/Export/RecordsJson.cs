using System.Text.Json;
using Advisor.Engine.Outcomes;

namespace Advisor.Host.Web.Export;

/// <summary>A person's records as one JSON document: each routine with its assessment and start, each outcome as logged.</summary>
public static class RecordsJson
{
    /// <summary>One routine as exported.</summary>
    public sealed record RoutineRecord(string RoutineId, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, JsonElement Assessment, JsonElement Routine);

    /// <summary>One outcome as exported.</summary>
    public sealed record OutcomeRecord(string OutcomeId, string RoutineId, DateTimeOffset LoggedAt, JsonElement Outcome);

    /// <summary>Everything of one person.</summary>
    public sealed record Records(string PersonId, IReadOnlyList<RoutineRecord> Routines, IReadOnlyList<OutcomeRecord> Outcomes);

    /// <summary>The person's records, oldest first.</summary>
    public static Records Of(string personId, IReadOnlyList<StoredRoutine> routines, IReadOnlyList<StoredOutcome> outcomes,
        IReadOnlyDictionary<string, DateTimeOffset> starts) =>
        new(personId,
            [.. routines.Select(r => new RoutineRecord(r.RoutineId, r.CreatedAt, starts.TryGetValue(r.RoutineId, out var at) ? at : null, Parse(r.Assessment), Parse(r.Routine)))],
            [.. outcomes.Select(o => new OutcomeRecord(o.OutcomeId, o.RoutineId, o.LoggedAt, Parse(o.Outcome)))]);

    private static JsonElement Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
