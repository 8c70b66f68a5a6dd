namespace Advisor.Storage.Sql;

/// <summary>
/// Every statement the store runs about one person, by name. They live here rather than inline so
/// that the plan check (SeededStorePlanTests) reads the very text the store runs: a statement added
/// to <see cref="All"/> is planned by that test without being copied into it. Parameters mean the
/// same in every statement (<c>@person</c>, <c>@hash</c>, <c>@routine</c>, <c>@outcome</c>,
/// <c>@at</c>, <c>@key</c>, …), so one set of values serves them all.
/// </summary>
internal static class PersonStatements
{
    public const string RoutineColumns = "id, person_id, created_at, assessment, routine";
    public const string OutcomeColumns = "id, routine_id, logged_at, outcome";

    public const string CreatePerson = "INSERT INTO people (id, token_hash, created_at) VALUES (@person, @hash, @at)";

    public const string FindPerson = "SELECT id FROM people WHERE token_hash = @hash";

    public const string SaveRoutine =
        $"INSERT INTO routines ({RoutineColumns}) VALUES (@routine, @person, @at, @assessment, @document)";

    public const string FindRoutine = $"SELECT {RoutineColumns} FROM routines WHERE id = @routine AND person_id = @person";

    public const string Routines = $"SELECT {RoutineColumns} FROM routines WHERE person_id = @person ORDER BY created_at, id";

    public const string Outcomes = $"SELECT {OutcomeColumns} FROM outcomes WHERE person_id = @person ORDER BY logged_at, id";

    // Each minimum is the first entry of a per-person index, not a scan of the person's rows.
    public const string FirstRecordAt =
        """
        SELECT (SELECT min(created_at) FROM routines WHERE person_id = @person),
               (SELECT min(logged_at) FROM outcomes WHERE person_id = @person)
        """;

    // The primary key finds the row; person and routine only confirm it is theirs.
    public const string FindOutcome =
        $"SELECT {OutcomeColumns} FROM outcomes WHERE id = @outcome AND routine_id = @routine AND person_id = @person";

    // One statement checks the routine is the person's and stores the outcome, so there is no
    // moment where a half-checked outcome exists.
    public const string SaveOutcome =
        """
        INSERT INTO outcomes (id, person_id, routine_id, logged_at, outcome, idempotency_key, fingerprint)
        SELECT @outcome, @person, @routine, @at, @document, @key, @fingerprint
        WHERE EXISTS (SELECT 1 FROM routines WHERE id = @routine AND person_id = @person)
        """;

    public const string OutcomesFrom =
        $"SELECT {OutcomeColumns} FROM outcomes WHERE person_id = @person AND logged_at >= @at ORDER BY logged_at, id";

    public const string KeptLayer = "SELECT layer FROM person_layers WHERE person_id = @person";

    // Only for a person still there (one erased meanwhile keeps nothing), and only over a layer
    // kept with an earlier latest outcome: hosts sharing the store may each drop the person.
    public const string KeepLayer =
        """
        INSERT INTO person_layers (person_id, latest_at, latest_id, layer)
        SELECT @person, @at, @outcome, @layer
        WHERE EXISTS (SELECT 1 FROM people WHERE id = @person)
        ON CONFLICT (person_id) DO UPDATE SET latest_at = excluded.latest_at, latest_id = excluded.latest_id, layer = excluded.layer
        WHERE person_layers.latest_at < excluded.latest_at
           OR (person_layers.latest_at = excluded.latest_at AND person_layers.latest_id < excluded.latest_id)
        """;

    public const string OutcomeByKey =
        $"SELECT {OutcomeColumns}, fingerprint FROM outcomes WHERE person_id = @person AND idempotency_key = @key";

    public const string HasOutcomes = "SELECT 1 FROM outcomes WHERE person_id = @person LIMIT 1";

    public const string SummaryLog = "SELECT id, logged_at, outcome FROM outcomes WHERE person_id = @person ORDER BY logged_at, id";

    public const string SummaryRow = "SELECT version, last_logged_at, last_outcome_id, summary FROM history_summaries WHERE person_id = @person";

    public const string WriteSummary =
        """
        INSERT INTO history_summaries (person_id, version, last_logged_at, last_outcome_id, summary)
        VALUES (@person, @version, @at, @outcome, @summary)
        ON CONFLICT (person_id) DO UPDATE SET version = excluded.version, last_logged_at = excluded.last_logged_at,
            last_outcome_id = excluded.last_outcome_id, summary = excluded.summary
        """;

    // One statement checks the routine is the person's and keeps only the first start.
    public const string MarkStarted =
        """
        INSERT INTO routine_starts (routine_id, person_id, started_at)
        SELECT id, person_id, @at FROM routines r
        WHERE r.id = @routine AND r.person_id = @person
          AND NOT EXISTS (SELECT 1 FROM routine_starts s WHERE s.routine_id = r.id)
        """;

    public const string IsTheirRoutine = "SELECT 1 FROM routines WHERE id = @routine AND person_id = @person";

    public const string Starts = "SELECT routine_id, started_at FROM routine_starts WHERE person_id = @person";

    /// <summary>Erasure, in the order it runs: what refers to a person before the person.</summary>
    public static IReadOnlyList<string> Erase { get; } =
    [
        "DELETE FROM person_layers WHERE person_id = @person",
        "DELETE FROM history_summaries WHERE person_id = @person",
        "DELETE FROM outcomes WHERE person_id = @person",
        "DELETE FROM routine_starts WHERE person_id = @person",
        "DELETE FROM routines WHERE person_id = @person",
        "DELETE FROM people WHERE id = @person",
    ];

    /// <summary>
    /// One page of the person's routines, newest first, each with whether it was logged and started.
    /// Keyset paging on (created_at, id), the index's order: a page costs the same on day 300 as on day 3.
    /// </summary>
    /// <param name="afterCursor">Only routines older than <c>@at</c>, <c>@routine</c>.</param>
    /// <param name="limited">At most <c>@limit</c> of them.</param>
    public static string RoutinePage(bool afterCursor, bool limited) =>
        $"""
        SELECT r.id, r.person_id, r.created_at, r.assessment, r.routine,
               EXISTS (SELECT 1 FROM outcomes o WHERE o.routine_id = r.id),
               EXISTS (SELECT 1 FROM routine_starts s WHERE s.routine_id = r.id)
        FROM routines r
        WHERE r.person_id = @person
        {(afterCursor ? "AND (r.created_at < @at OR (r.created_at = @at AND r.id < @routine))" : "")}
        ORDER BY r.created_at DESC, r.id DESC
        {(limited ? "LIMIT @limit" : "")}
        """;

    /// <summary>
    /// Every statement above with a name to report it by; each shape of <see cref="RoutinePage"/> once.
    /// The statements that read everyone (the learner's replay, the list of ids) are not here: a
    /// whole table is what they want.
    /// </summary>
    public static IReadOnlyList<(string Name, string Sql)> All { get; } =
    [
        ("create person", CreatePerson),
        ("find person by token", FindPerson),
        ("save routine", SaveRoutine),
        ("find routine", FindRoutine),
        ("routines", Routines),
        ("routine page", RoutinePage(afterCursor: false, limited: true)),
        ("routine page after a cursor", RoutinePage(afterCursor: true, limited: true)),
        ("every routine, newest first", RoutinePage(afterCursor: false, limited: false)),
        ("every routine after a cursor", RoutinePage(afterCursor: true, limited: false)),
        ("outcomes", Outcomes),
        ("outcomes from a time", OutcomesFrom),
        ("kept layer", KeptLayer),
        ("keep layer", KeepLayer),
        ("find outcome", FindOutcome),
        ("first record", FirstRecordAt),
        ("save outcome", SaveOutcome),
        ("outcome by idempotency key", OutcomeByKey),
        ("has outcomes", HasOutcomes),
        ("rebuild summary", SummaryLog),
        ("summary row", SummaryRow),
        ("write summary", WriteSummary),
        ("mark started", MarkStarted),
        ("is their routine", IsTheirRoutine),
        ("starts", Starts),
        .. Erase.Select(sql => ("erase " + sql.Split(' ')[2], sql)),
    ];
}
