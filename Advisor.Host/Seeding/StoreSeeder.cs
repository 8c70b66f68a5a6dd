using System.Diagnostics;
using Advisor.Engine.Outcomes;
using Advisor.Storage.Sql;
using Npgsql;
using NpgsqlTypes;

namespace Advisor.Host.Seeding;

/// <summary>
/// Fills an empty PostgreSQL store with <see cref="SeedShape"/>'s people through binary COPY, one
/// table at a time in foreign-key order, each in its own transaction. The schema comes from the
/// host's own migrations, the rows from <see cref="SeededPerson"/>.
/// </summary>
public static class StoreSeeder
{
    /// <summary>Seeds the store at <paramref name="connectionString"/>; <paramref name="progress"/> hears a line now and then.</summary>
    public static async Task SeedAsync(string connectionString, SeedShape shape, string examplesFolder, Action<string> progress, CancellationToken cancel = default)
    {
        var templates = SeedTemplates.From(examplesFolder, Composition.Recommender);
        await using (var store = new SqlStore(new PostgresConnections(connectionString, 30)))
        {
            await store.MigrateAsync(cancel);
        }

        await using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 });
        await using (NpgsqlConnection check = await source.OpenConnectionAsync(cancel))
        await using (var any = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM people)", check))
        {
            if ((bool)(await any.ExecuteScalarAsync(cancel))!)
                throw new SeedRefusedException("the store already holds people; seed an empty database");
        }

        var total = Stopwatch.StartNew();
        await CopyAsync(source, shape, templates, "people (id, token_hash, created_at)", progress, cancel, (copy, p) =>
            Row(copy, (p.Id, NpgsqlDbType.Text), (p.TokenHash, NpgsqlDbType.Text), (p.CreatedAt, NpgsqlDbType.Bigint)));
        await CopyAsync(source, shape, templates, "routines (id, person_id, created_at, assessment, routine)", progress, cancel, (copy, p) =>
        {
            foreach (var r in p.Routines)
                Row(copy, (r.Id, NpgsqlDbType.Text), (p.Id, NpgsqlDbType.Text), (r.CreatedAt, NpgsqlDbType.Bigint),
                    (r.Template.Assessment, NpgsqlDbType.Text), (r.Template.RoutineFor(r.Id), NpgsqlDbType.Text));
        });
        await CopyAsync(source, shape, templates, "routine_starts (routine_id, person_id, started_at)", progress, cancel, (copy, p) =>
        {
            foreach (var r in p.Routines.Where(r => r.StartedAt is not null))
                Row(copy, (r.Id, NpgsqlDbType.Text), (p.Id, NpgsqlDbType.Text), (r.StartedAt!.Value, NpgsqlDbType.Bigint));
        });
        await CopyAsync(source, shape, templates, "outcomes (id, person_id, routine_id, logged_at, outcome, idempotency_key, fingerprint)", progress, cancel, (copy, p) =>
        {
            foreach (var o in p.Outcomes)
                Row(copy, (o.Id, NpgsqlDbType.Text), (p.Id, NpgsqlDbType.Text), (o.RoutineId, NpgsqlDbType.Text), (o.LoggedAt, NpgsqlDbType.Bigint),
                    (o.Template.Json, NpgsqlDbType.Text), (o.IdempotencyKey, NpgsqlDbType.Text), (o.Template.Fingerprint, NpgsqlDbType.Text));
        });
        await CopyAsync(source, shape, templates, "history_summaries (person_id, version, last_logged_at, last_outcome_id, summary)", progress, cancel, (copy, p) =>
        {
            if (p.Outcomes.Count == 0) return;
            Row(copy, (p.Id, NpgsqlDbType.Text), (HistorySummary.Version, NpgsqlDbType.Integer), (p.Outcomes[^1].LoggedAt, NpgsqlDbType.Bigint),
                (p.Outcomes[^1].Id, NpgsqlDbType.Text), (HistorySummaries.Serialize(p.Summary()), NpgsqlDbType.Text));
        });

        // The planner needs statistics of the new rows before the first query; autovacuum would get there later.
        await using (NpgsqlConnection analyze = await source.OpenConnectionAsync(cancel))
        await using (var command = new NpgsqlCommand("ANALYZE people, routines, routine_starts, outcomes, history_summaries", analyze))
        {
            await command.ExecuteNonQueryAsync(cancel);
        }

        progress($"seeded {shape.People} people, {(long)shape.People * shape.RoutinesPerPerson} routines and "
            + $"{(long)shape.People * shape.OutcomesPerPerson} outcomes in {total.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task CopyAsync(
        NpgsqlDataSource source, SeedShape shape, SeedTemplates templates, string table, Action<string> progress, CancellationToken cancel,
        Action<NpgsqlBinaryImporter, SeededPerson> write)
    {
        string name = table[..table.IndexOf(' ')];
        var clock = Stopwatch.StartNew();
        await using NpgsqlConnection connection = await source.OpenConnectionAsync(cancel);
        await using (NpgsqlBinaryImporter copy = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", cancel))
        {
            // A line about every ten seconds' worth on a big run, and none for a small one.
            int every = Math.Max(100_000, shape.People / 10);
            for (int i = 0; i < shape.People; i++)
            {
                cancel.ThrowIfCancellationRequested();
                write(copy, SeededPerson.Make(shape, templates, i));
                if ((i + 1) % every == 0 && i + 1 < shape.People)
                    progress($"{name}: {i + 1} of {shape.People} people ({clock.Elapsed.TotalSeconds:F0} s)");
            }

            await copy.CompleteAsync(cancel);
        }

        progress($"{name}: done in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static void Row(NpgsqlBinaryImporter copy, params (object Value, NpgsqlDbType Type)[] columns)
    {
        copy.StartRow();
        foreach ((object value, NpgsqlDbType type) in columns) copy.Write(value, type);
    }
}

/// <summary>A store the seeder will not fill, with the reason to show.</summary>
public sealed class SeedRefusedException(string message) : Exception(message);
