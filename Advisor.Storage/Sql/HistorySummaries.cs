using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Advisor.Engine.Facts;
using Advisor.Engine.Outcomes;
using Advisor.Storage.Records;

namespace Advisor.Storage.Sql;

/// <summary>
/// The one row per person that holds their <see cref="HistorySummary"/>, kept in the transaction
/// that stores each outcome. A row of an older <see cref="HistorySummary.Version"/>, a missing row
/// for someone who has outcomes (logged before summaries were kept), or an outcome logged out of
/// order is answered by rebuilding the summary from the log.
/// </summary>
public static class HistorySummaries
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        IgnoreReadOnlyProperties = true,
    };

    /// <summary>The row as stored: its version, the last outcome it has seen, and the summary as JSON.</summary>
    private sealed record Row(int Version, long LastLoggedAt, string LastOutcomeId, string Summary)
    {
        public bool IsCurrent => Version == HistorySummary.Version;

        public bool Precedes(long loggedAt, string outcomeId) =>
            LastLoggedAt < loggedAt || (LastLoggedAt == loggedAt && string.CompareOrdinal(LastOutcomeId, outcomeId) < 0);
    }

    /// <summary>The person's summary if the row is current; null when it has to be rebuilt (or there is nothing to summarize).</summary>
    internal static async Task<HistorySummary?> ReadAsync(DbConnection connection, DbTransaction? transaction, string personId, CancellationToken cancel)
    {
        Row? row = await RowAsync(connection, transaction, personId, cancel);
        return row is { IsCurrent: true } ? Parse(row.Summary) : null;
    }

    /// <summary>True when the person has logged anything: a missing row then means the summary is owed.</summary>
    internal static async Task<bool> HasOutcomesAsync(DbConnection connection, DbTransaction? transaction, string personId, CancellationToken cancel) =>
        (await Sql.QueryAsync(connection, transaction, PersonStatements.HasOutcomes, r => r.GetValue(0), cancel,
            ("person", personId))).Count > 0;

    /// <summary>Folds the outcome just stored in <paramref name="transaction"/> into the person's summary, or rebuilds it when it cannot be folded.</summary>
    internal static async Task AddAsync(DbConnection connection, DbTransaction transaction, string personId, NewOutcome outcome, CancellationToken cancel)
    {
        long at = Sql.Time(outcome.LoggedAt);
        Row? row = await RowAsync(connection, transaction, personId, cancel);
        if (row is not { IsCurrent: true } || !row.Precedes(at, outcome.OutcomeId))
        {
            await RebuildAsync(connection, transaction, personId, cancel);
            return;
        }

        HistorySummary summary = Parse(row.Summary).Add(new LoggedOutcome(DateTimeOffset.FromUnixTimeMilliseconds(at), OutcomeReader.ReadStored(outcome.Outcome)));
        await WriteAsync(connection, transaction, personId, summary, at, outcome.OutcomeId, cancel);
    }

    /// <summary>The person's summary from every outcome they logged, stored and returned.</summary>
    internal static async Task<HistorySummary> RebuildAsync(DbConnection connection, DbTransaction transaction, string personId, CancellationToken cancel)
    {
        var log = await Sql.QueryAsync(connection, transaction, PersonStatements.SummaryLog,
            r => (Id: r.GetString(0), At: r.GetInt64(1), Outcome: r.GetString(2)), cancel, ("person", personId));
        if (log.Count == 0) return HistorySummary.None;
        HistorySummary summary = HistorySummary.Of(new History(log
            .Select(o => new LoggedOutcome(DateTimeOffset.FromUnixTimeMilliseconds(o.At), OutcomeReader.ReadStored(o.Outcome))).ToArray()));
        await WriteAsync(connection, transaction, personId, summary, log[^1].At, log[^1].Id, cancel);
        return summary;
    }

    private static async Task<Row?> RowAsync(DbConnection connection, DbTransaction? transaction, string personId, CancellationToken cancel)
    {
        var rows = await Sql.QueryAsync(connection, transaction, PersonStatements.SummaryRow,
            r => new Row(Convert.ToInt32(r.GetValue(0)), r.GetInt64(1), r.GetString(2), r.GetString(3)), cancel, ("person", personId));
        return rows.FirstOrDefault();
    }

    private static Task<int> WriteAsync(
        DbConnection connection, DbTransaction transaction, string personId, HistorySummary summary, long lastAt, string lastId, CancellationToken cancel) =>
        Sql.ExecuteAsync(connection, transaction, PersonStatements.WriteSummary, cancel,
            ("person", personId), ("version", HistorySummary.Version), ("at", lastAt), ("outcome", lastId),
            ("summary", Serialize(summary)));

    /// <summary>The summary as the row keeps it; the host's seeder writes rows this way too.</summary>
    public static string Serialize(HistorySummary summary) => JsonSerializer.Serialize(summary, Json);

    private static HistorySummary Parse(string json) =>
        JsonSerializer.Deserialize<HistorySummary>(json, Json) ?? throw new JsonException("a stored history summary is null");
}
