namespace Advisor.Storage.Sql;

/// <summary>
/// The statements that read the most recently logged outcomes of everyone: what a learner replays
/// when it learns from a bounded window rather than from the whole log. Not per person, so not in
/// <see cref="PersonStatements"/>; kept here so that the plan check (SeededStorePlanTests) reads the
/// text the store runs. Both walk <c>outcomes_by_time</c> backwards from its newest entry, so their
/// cost grows with <c>@count</c>, not with the store.
/// </summary>
internal static class WindowStatements
{
    // The window is read backwards along the index, put in logged order, and only then joined to its
    // routines, by key: the sort holds the outcomes, never the routines' documents.
    public const string RecentOutcomes =
        """
        SELECT o.id, o.routine_id, o.logged_at, o.outcome, r.id, r.person_id, r.created_at, r.assessment, r.routine
        FROM (SELECT id, routine_id, logged_at, outcome FROM outcomes ORDER BY logged_at DESC, id DESC LIMIT @count) o
        JOIN routines r ON r.id = o.routine_id
        ORDER BY o.logged_at, o.id
        """;

    // One row when an outcome is older than the newest @count: the store holds more than that window.
    public const string BeyondRecent = "SELECT 1 FROM outcomes ORDER BY logged_at DESC, id DESC LIMIT 1 OFFSET @count";

    /// <summary>Both, with a name to report each by.</summary>
    public static IReadOnlyList<(string Name, string Sql)> All { get; } =
    [
        ("recent outcomes", RecentOutcomes),
        ("more than the recent outcomes", BeyondRecent),
    ];
}
