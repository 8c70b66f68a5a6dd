using Advisor.Engine.Assessments;

namespace Advisor.Engine.Outcomes;

/// <summary>
/// Everything the history guidelines read of a person's log, kept as the log grows: a trend per
/// region, a rating history per rated exercise, the conditions of the latest
/// <see cref="RecentRoutines"/> routines, how many were logged and when the first was.
/// Its size is bounded by the catalog and the regions, not by how long someone has logged, so a
/// store can keep it in one row and a routine reads that row instead of the log. Adding the
/// outcomes one by one gives exactly the summary of the whole log (<see cref="Of(History)"/>).
/// </summary>
/// <param name="Routines">How many outcomes have been logged.</param>
/// <param name="FirstLoggedAt">When the first was logged; meaningless while <paramref name="Routines"/> is 0.</param>
/// <param name="Pain">One trend per region, by region.</param>
/// <param name="Ratings">One history per rated exercise, by exercise id.</param>
/// <param name="RecentConditions">The conditions reported after the latest few routines, oldest first.</param>
public sealed record HistorySummary(
    int Routines,
    DateTimeOffset FirstLoggedAt,
    IReadOnlyList<PainTrend> Pain,
    IReadOnlyList<RatingHistory> Ratings,
    IReadOnlyList<ConditionLog> RecentConditions)
{
    /// <summary>
    /// What this summary holds and how; a store that kept one of an earlier version rebuilds it from
    /// the outcomes. Raise it whenever a field is added, removed or computed differently.
    /// </summary>
    /// <remarks>2: each trend keeps the latest rise (G4's range grows back from it).</remarks>
    public const int Version = 2;

    /// <summary>How many of the latest routines' conditions it keeps; enough for "after the last routine" and a short run of them.</summary>
    public const int RecentRoutines = 5;

    /// <summary>The summary of no history: a newcomer.</summary>
    public static HistorySummary None { get; } = new(0, default, [], [], []);

    /// <summary>The summary of <paramref name="history"/>, outcome by outcome, oldest first.</summary>
    public static HistorySummary Of(History history) => history.Outcomes.Aggregate(None, (summary, logged) => summary.Add(logged));

    /// <summary>This summary with <paramref name="logged"/>, the newest outcome, added.</summary>
    public HistorySummary Add(LoggedOutcome logged)
    {
        Outcome outcome = logged.Outcome;
        int routine = Routines + 1;
        var pain = Pain.ToDictionary(t => t.Region);
        foreach ((Region region, int before) in outcome.PainBefore)
        {
            if (!outcome.PainAfter.TryGetValue(region, out int after)) continue;
            var change = new PainChange(before, after, routine);
            pain[region] = pain.TryGetValue(region, out PainTrend? trend)
                ? new PainTrend(region, change, trend.Latest, Math.Max(trend.HighestEarlierAfter, trend.Latest.After), change.Rose ? change : trend.LastRise)
                : new PainTrend(region, change, null, -1, change.Rose ? change : null);
        }

        var ratings = Ratings.ToDictionary(r => r.ExerciseId, StringComparer.Ordinal);
        foreach ((string exercise, Rating rating) in outcome.Ratings)
        {
            int notTooHard = (ratings.TryGetValue(exercise, out RatingHistory? earlier) ? earlier.TimesNotTooHard : 0)
                + (rating == Rating.TooHard ? 0 : 1);
            ratings[exercise] = new RatingHistory(exercise, rating, routine, notTooHard);
        }

        // Routine numbers are the conditions' position in the log, so the window slides by number.
        int oldestRecent = routine - RecentRoutines + 1;
        ConditionLog[] recent = RecentConditions.Where(c => c.Routine >= oldestRecent)
            .Concat(outcome.Conditions.Select(c => new ConditionLog(c, routine)))
            .ToArray();

        return new HistorySummary(
            routine,
            Routines == 0 ? logged.At : FirstLoggedAt,
            pain.Values.OrderBy(t => t.Region).ToArray(),
            ratings.Values.OrderBy(r => r.ExerciseId, StringComparer.Ordinal).ToArray(),
            recent);
    }

    /// <summary>The facts the guidance starts from, as of <paramref name="now"/>: one summary, then the trends, ratings and recent conditions.</summary>
    public IEnumerable<object> Facts(DateTimeOffset now)
    {
        if (Routines == 0) yield break;
        yield return new LogSummary(Routines, (int)(now - FirstLoggedAt).TotalDays);
        foreach (PainTrend trend in Pain) yield return trend;
        foreach (RatingHistory rating in Ratings) yield return rating;
        foreach (ConditionLog condition in RecentConditions) yield return condition;
    }

    /// <summary>Two summaries are equal when they hold the same counts, trends, ratings and conditions in the same order.</summary>
    public bool Equals(HistorySummary? other) =>
        other is not null
        && Routines == other.Routines
        && (Routines == 0 || FirstLoggedAt == other.FirstLoggedAt)
        && Pain.SequenceEqual(other.Pain)
        && Ratings.SequenceEqual(other.Ratings)
        && RecentConditions.SequenceEqual(other.RecentConditions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Routines, Pain.Count, Ratings.Count, RecentConditions.Count);
}
