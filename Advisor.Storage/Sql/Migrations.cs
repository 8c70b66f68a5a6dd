using System.Data.Common;

namespace Advisor.Storage.Sql;

/// <summary>
/// The schema's history. The statements use only what SQLite and PostgreSQL share (TEXT, BIGINT,
/// INTEGER; times as Unix milliseconds), so both stores run the very same migrations. Append new
/// steps; never edit an applied one.
/// </summary>
public static class Migrations
{
    /// <summary>Every step, oldest first.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "people, routines and outcomes",
        [
            """
            CREATE TABLE people (
                id TEXT PRIMARY KEY,
                token_hash TEXT NOT NULL UNIQUE,
                created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE routines (
                id TEXT PRIMARY KEY,
                person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                created_at BIGINT NOT NULL,
                assessment TEXT NOT NULL,
                routine TEXT NOT NULL)
            """,
            "CREATE INDEX routines_by_person ON routines (person_id, created_at)",
            """
            CREATE TABLE outcomes (
                id TEXT PRIMARY KEY,
                person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                routine_id TEXT NOT NULL REFERENCES routines (id) ON DELETE CASCADE,
                logged_at BIGINT NOT NULL,
                outcome TEXT NOT NULL,
                idempotency_key TEXT NULL,
                fingerprint TEXT NOT NULL)
            """,
            "CREATE INDEX outcomes_by_person ON outcomes (person_id, logged_at)",
            "CREATE INDEX outcomes_by_time ON outcomes (logged_at, id)",
            "CREATE UNIQUE INDEX outcomes_once_per_key ON outcomes (person_id, idempotency_key)",
        ]),
        // Looking at a routine is not doing it: adherence counts the routines a person started.
        new(2, "routine starts",
        [
            """
            CREATE TABLE routine_starts (
                routine_id TEXT PRIMARY KEY REFERENCES routines (id) ON DELETE CASCADE,
                person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                started_at BIGINT NOT NULL)
            """,
            "CREATE INDEX routine_starts_by_person ON routine_starts (person_id)",
        ]),
        // A personal routine reads one row instead of the whole log. People who logged before this
        // step have no row yet; the store builds it from their outcomes the first time it is read.
        new(3, "history summaries",
        [
            """
            CREATE TABLE history_summaries (
                person_id TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                last_logged_at BIGINT NOT NULL,
                last_outcome_id TEXT NOT NULL,
                summary TEXT NOT NULL)
            """,
        ]),
        // Paging a person's routines newest first walks (person, created_at, id); whether a routine
        // was logged is looked up by routine, which no index served before.
        new(4, "indexes for paging routines",
        [
            "CREATE INDEX routines_by_person_page ON routines (person_id, created_at, id)",
            "DROP INDEX routines_by_person",
            "CREATE INDEX outcomes_by_routine ON outcomes (routine_id)",
        ]),
        // A ranker that drops a person's layer from memory keeps it here, so that their return reads
        // one row and the outcomes logged since rather than their whole log. Base64 text, which both
        // stores take as it is.
        new(5, "kept personal layers",
        [
            """
            CREATE TABLE person_layers (
                person_id TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
                latest_at BIGINT NOT NULL,
                latest_id TEXT NOT NULL,
                layer TEXT NOT NULL)
            """,
        ]),
    ];

    /// <summary>Applies the steps not yet applied, in one transaction that other hosts wait for.</summary>
    public static async Task ApplyAsync(IConnectionSource source, CancellationToken cancel)
    {
        await using DbConnection connection = await source.OpenAsync(cancel);
        await using DbTransaction transaction = await source.BeginMigrationAsync(connection, cancel);
        await Sql.ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)", cancel);
        var applied = (await Sql.QueryAsync(connection, transaction, "SELECT version FROM schema_migrations", r => Convert.ToInt32(r.GetValue(0)), cancel))
            .ToHashSet();
        foreach (Migration migration in All.Where(m => !applied.Contains(m.Version)))
        {
            foreach (string statement in migration.Statements) await Sql.ExecuteAsync(connection, transaction, statement, cancel);
            await Sql.ExecuteAsync(connection, transaction,
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)", cancel,
                ("version", migration.Version), ("name", migration.Name), ("at", Sql.Time(DateTimeOffset.UtcNow)));
        }

        await transaction.CommitAsync(cancel);
    }
}
