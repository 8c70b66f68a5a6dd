using System.Text.Json;
using Advisor.Engine.Outcomes;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Export;

/// <summary>A person's records as one JSON document: each routine with its assessment and start, each outcome as logged.</summary>
public static class RecordsJson
{
    /// <summary>One routine as exported.</summary>
    public sealed record RoutineRecord(string RoutineId, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, JsonElement Assessment, JsonElement Routine);

    /// <summary>One outcome as exported.</summary>
    public sealed record OutcomeRecord(string OutcomeId, string RoutineId, DateTimeOffset LoggedAt, JsonElement Outcome);

    /// <summary>
    /// Everything of one person. The lists are read from the store as the document is written, so an
    /// export of years of routines is never held in memory at once.
    /// </summary>
    public sealed record Records(string PersonId, IAsyncEnumerable<RoutineRecord> Routines, IAsyncEnumerable<OutcomeRecord> Outcomes);

    /// <summary>The person's records, oldest first, read from <paramref name="store"/> while they are written.</summary>
    public static Records Of(IHistoryStore store, string personId, IReadOnlyDictionary<string, DateTimeOffset> starts, CancellationToken cancel) =>
        new(personId,
            store.EachRoutineAsync(personId, cancel).Select(r =>
                new RoutineRecord(r.RoutineId, r.CreatedAt, starts.TryGetValue(r.RoutineId, out var at) ? at : null, Parse(r.Assessment), Parse(r.Routine))),
            store.EachOutcomeAsync(personId, cancel).Select(o => new OutcomeRecord(o.OutcomeId, o.RoutineId, o.LoggedAt, Parse(o.Outcome))));

    private static JsonElement Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
