using System.Globalization;
using System.Text.Json;
using Advisor.Engine.Outcomes;
using CsvHelper;

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

    /// <summary>Writes the person's records to <paramref name="writer"/>.</summary>
    public static async Task WriteAsync(
        TextWriter writer, string personId, IReadOnlyList<StoredRoutine> routines, IReadOnlyList<StoredOutcome> outcomes, CancellationToken cancel)
    {
        // Text that starts like a formula is escaped: people open exports in spreadsheets.
        await using CsvWriter csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, true);
        await csv.WriteRecordAsync(["record", "id", "routineId", "at", "field", "value"], cancel);
        foreach (Row row in Rows(personId, routines, outcomes))
        {
            await csv.WriteRecordAsync([row.Record, row.Id, row.RoutineId, row.At.ToString("O", CultureInfo.InvariantCulture), row.Field, row.Value], cancel);
        }

        await csv.FlushAsync(cancel);
    }

    private static IEnumerable<Row> Rows(string personId, IReadOnlyList<StoredRoutine> routines, IReadOnlyList<StoredOutcome> outcomes)
    {
        DateTimeOffset since = routines.Select(r => r.CreatedAt).Concat(outcomes.Select(o => o.LoggedAt)).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Min();
        yield return new Row("person", personId, "", since, "id", personId);
        foreach (StoredRoutine routine in routines)
        {
            foreach ((string field, string value) in Flatten(routine.Assessment))
                yield return new Row("assessment", routine.RoutineId, routine.RoutineId, routine.CreatedAt, field, value);
            foreach ((string field, string value) in Flatten(routine.Routine))
                yield return new Row("routine", routine.RoutineId, routine.RoutineId, routine.CreatedAt, field, value);
        }

        foreach (StoredOutcome outcome in outcomes)
        {
            foreach ((string field, string value) in Flatten(outcome.Outcome))
                yield return new Row("outcome", outcome.OutcomeId, outcome.RoutineId, outcome.LoggedAt, field, value);
        }
    }

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
