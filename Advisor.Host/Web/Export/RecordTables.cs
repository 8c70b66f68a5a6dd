using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;
using CsvHelper;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Export;

/// <summary>
/// A person's records as tables a spreadsheet opens: one CSV per kind of record (routines, the
/// movements in them, outcomes, ratings), one row per record and one column per field, in a zip.
/// </summary>
public static class RecordTables
{
    /// <summary>The tables, in the order they go into the zip.</summary>
    public static readonly string[] Names = ["routines.csv", "movements.csv", "outcomes.csv", "ratings.csv"];

    private static readonly string[] Scales = ["stiffness", "energy", "focus"];

    /// <summary>
    /// Writes the zip of the person's tables to <paramref name="output"/>. Records are read from the
    /// store one at a time as the tables are written, so years of routines are never in memory at once.
    /// </summary>
    public static async Task WriteZipAsync(Stream output, IHistoryStore store, string personId, CancellationToken cancel)
    {
        IReadOnlyDictionary<string, DateTimeOffset> starts = await store.StartsAsync(personId, cancel);
        var logged = new HashSet<string>(StringComparer.Ordinal);
        await foreach (StoredOutcome outcome in store.EachOutcomeAsync(personId, cancel)) logged.Add(outcome.RoutineId);

        // ZipArchive writes synchronously, which the response does not allow: the zip goes to a
        // temporary file (removed when closed), not to memory, and is then copied out asynchronously.
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            await TableAsync(zip, Names[0], ["routineId", "createdAt", "status", "setting", "day", "minutes", "totalSeconds", "startedAt", "logged"],
                store.EachRoutineAsync(personId, cancel).Select(r => RoutineRow(r, starts, logged)), cancel);
            await TableAsync(zip, Names[1], ["routineId", "phase", "order", "exerciseId", "name", "range", "sets", "reps", "holdSeconds", "seconds", "bothSides"],
                store.EachRoutineAsync(personId, cancel).SelectMany(r => MovementRows(r).ToAsyncEnumerable()), cancel);
            string[] regions = [.. Kebab.All<Region>()];
            await TableAsync(zip, Names[2],
                ["outcomeId", "routineId", "loggedAt", .. Scales.SelectMany(s => new[] { $"{s}Before", $"{s}After" }),
                    .. regions.SelectMany(r => new[] { $"painBefore.{r}", $"painAfter.{r}" }), "completed", "conditions"],
                store.EachOutcomeAsync(personId, cancel).Select(o => OutcomeRow(o, regions)), cancel);
            await TableAsync(zip, Names[3], ["outcomeId", "routineId", "exerciseId", "rating"],
                store.EachOutcomeAsync(personId, cancel).SelectMany(o => RatingRows(o).ToAsyncEnumerable()), cancel);
        }

        file.Position = 0;
        await file.CopyToAsync(output, cancel);
    }

    private static async Task TableAsync(ZipArchive zip, string name, string[] header, IAsyncEnumerable<string?[]> rows, CancellationToken cancel)
    {
        await using Stream entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        // A byte-order mark makes spreadsheets read the file as UTF-8 (names such as "×" survive).
        await using var writer = new StreamWriter(entry, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        // Text that starts like a formula is escaped: people open exports in spreadsheets.
        await using CsvWriter csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, true);
        await csv.WriteRecordAsync(header, cancel);
        await foreach (string?[] row in rows.WithCancellation(cancel)) await csv.WriteRecordAsync(row.Select(v => v ?? "").ToArray(), cancel);
        await csv.FlushAsync(cancel);
    }

    private static string?[] RoutineRow(StoredRoutine stored, IReadOnlyDictionary<string, DateTimeOffset> starts, HashSet<string> logged)
    {
        using JsonDocument routine = JsonDocument.Parse(stored.Routine);
        using JsonDocument assessment = JsonDocument.Parse(stored.Assessment);
        return
        [
            stored.RoutineId, Time(stored.CreatedAt), Text(routine.RootElement, "status"),
            Text(assessment.RootElement, "setting") ?? "home", Text(assessment.RootElement, "day") ?? "workday",
            Text(assessment.RootElement, "minutes") ?? "10", Text(routine.RootElement, "totalSeconds"),
            starts.TryGetValue(stored.RoutineId, out DateTimeOffset started) ? Time(started) : null,
            logged.Contains(stored.RoutineId) ? "true" : "false",
        ];
    }

    private static IEnumerable<string?[]> MovementRows(StoredRoutine stored)
    {
        using JsonDocument routine = JsonDocument.Parse(stored.Routine);
        var rows = new List<string?[]>();
        if (!routine.RootElement.TryGetProperty("phases", out JsonElement phases)) return rows;
        int order = 0;
        foreach (JsonElement phase in phases.EnumerateArray())
        {
            foreach (JsonElement item in phase.GetProperty("items").EnumerateArray())
            {
                rows.Add(
                [
                    stored.RoutineId, Text(phase, "phase"), (++order).ToString(CultureInfo.InvariantCulture), Text(item, "exerciseId"), Text(item, "name"),
                    Text(item, "range"), Text(item, "sets"), Text(item, "reps"), Text(item, "holdSeconds"), Text(item, "seconds"), Text(item, "bothSides"),
                ]);
            }
        }

        return rows;
    }

    private static string?[] OutcomeRow(StoredOutcome stored, string[] regions)
    {
        using JsonDocument document = JsonDocument.Parse(stored.Outcome);
        JsonElement outcome = document.RootElement;
        return
        [
            stored.OutcomeId, stored.RoutineId, Time(stored.LoggedAt),
            .. Scales.SelectMany(s => new[] { Text(outcome, $"{s}Before"), Text(outcome, $"{s}After") }),
            .. regions.SelectMany(r => new[] { Nested(outcome, "painBefore", r), Nested(outcome, "painAfter", r) }),
            List(outcome, "completed"), List(outcome, "conditions"),
        ];
    }

    private static IEnumerable<string?[]> RatingRows(StoredOutcome stored)
    {
        using JsonDocument document = JsonDocument.Parse(stored.Outcome);
        if (!document.RootElement.TryGetProperty("ratings", out JsonElement ratings) || ratings.ValueKind != JsonValueKind.Object) return [];
        return ratings.EnumerateObject().Select(r => new string?[] { stored.OutcomeId, stored.RoutineId, r.Name, r.Value.GetString() }).ToArray();
    }

    private static string Time(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    private static string? Nested(JsonElement element, string name, string key) =>
        element.TryGetProperty(name, out JsonElement inner) ? Text(inner, key) : null;

    // Several values in one cell, separated by "; " so a spreadsheet shows them as one readable field.
    private static string? List(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement list) && list.ValueKind == JsonValueKind.Array
            ? string.Join("; ", list.EnumerateArray().Select(v => v.GetString()))
            : null;
}
