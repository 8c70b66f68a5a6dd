using System.Globalization;
using System.Text.Json;
using Advisor.Engine.Outcomes;
using CsvHelper;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Export;

/// <summary>
/// Everything kept about a person as one CSV: a row per field of every record (the person, each
/// routine, the assessment it answered, each outcome), so nothing is left out whatever its shape,
/// and a spreadsheet can pivot it back.
/// </summary>
public static class RecordsCsv
{
    /// <summary>One row: which record, its id, the routine it belongs to, when, and one field's path and value.</summary>
    public sealed record Row(string Record, string Id, string RoutineId, DateTimeOffset At, string Field, string Value);

    /// <summary>
    /// Writes the person's records to <paramref name="writer"/> as <paramref name="store"/> yields them,
    /// flushing after each record, so a long history is never held whole and its first rows leave
    /// while the rest are still being read.
    /// </summary>
    public static async Task WriteAsync(TextWriter writer, IHistoryStore store, string personId, CancellationToken cancel)
    {
        // Asked before anything is written, so a store that does not answer is still answered 503.
        DateTimeOffset since = await store.FirstRecordAtAsync(personId, cancel) ?? DateTimeOffset.UnixEpoch;
        // Text that starts like a formula is escaped: people open exports in spreadsheets.
        await using CsvWriter csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, true);
        await csv.WriteRecordAsync(["record", "id", "routineId", "at", "field", "value"], cancel);
        await WriteAsync(csv, [new Row("person", personId, "", since, "id", personId)], cancel);
        await foreach (StoredRoutine routine in store.EachRoutineAsync(personId, cancel))
        {
            await WriteAsync(csv, RoutineRows(routine), cancel);
        }

        await foreach (StoredOutcome outcome in store.EachOutcomeAsync(personId, cancel))
        {
            await WriteAsync(csv, OutcomeRows(outcome), cancel);
        }
    }

    private static async Task WriteAsync(CsvWriter csv, IEnumerable<Row> rows, CancellationToken cancel)
    {
        foreach (Row row in rows)
        {
            await csv.WriteRecordAsync([row.Record, row.Id, row.RoutineId, row.At.ToString("O", CultureInfo.InvariantCulture), row.Field, row.Value], cancel);
        }

        await csv.FlushAsync(cancel);
    }

    private static IEnumerable<Row> RoutineRows(StoredRoutine routine)
    {
        foreach ((string field, string value) in Flatten(routine.Assessment))
            yield return new Row("assessment", routine.RoutineId, routine.RoutineId, routine.CreatedAt, field, value);
        foreach ((string field, string value) in Flatten(routine.Routine))
            yield return new Row("routine", routine.RoutineId, routine.RoutineId, routine.CreatedAt, field, value);
    }

    private static IEnumerable<Row> OutcomeRows(StoredOutcome outcome) =>
        Flatten(outcome.Outcome).Select(leaf => new Row("outcome", outcome.OutcomeId, outcome.RoutineId, outcome.LoggedAt, leaf.Field, leaf.Value));

    /// <summary>Every leaf of a JSON document as (path, value), such as ("painBefore.lower-back", "6").</summary>
    private static IEnumerable<(string Field, string Value)> Flatten(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var leaves = new List<(string, string)>();
        Walk(document.RootElement, "", leaves);
        return leaves;
    }

    private static void Walk(JsonElement element, string path, List<(string, string)> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", leaves);
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray()) Walk(item, $"{path}[{i++}]", leaves);
                break;
            case JsonValueKind.String:
                leaves.Add((path, element.GetString()!));
                break;
            default:
                leaves.Add((path, element.GetRawText()));
                break;
        }
    }
}
