using System.Globalization;
using Advisor.Engine.Outcomes;
using Advisor.Host.Web.People;

namespace Advisor.Host.Seeding;

/// <summary>
/// One seeded person's rows, made from the shape, the seed and the person's index alone, so each
/// table's pass can make them again and get the very same rows. Ids follow the host's stamps (time,
/// counter, random digits), so sorting by (time, id) is the order the rows were "made" in.
/// </summary>
internal sealed record SeededPerson(
    string Id, string TokenHash, long CreatedAt, IReadOnlyList<SeededPerson.RoutineRow> Routines, IReadOnlyList<SeededPerson.OutcomeRow> Outcomes)
{
    /// <summary>Where seeded time starts: a fixed day, so the rows do not depend on when they were made.</summary>
    private static readonly long Epoch = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private const long Minute = 60_000;
    private const long Day = 24 * 60 * Minute;

    public sealed record RoutineRow(string Id, long CreatedAt, SeedTemplates.RoutineTemplate Template, long? StartedAt);

    public sealed record OutcomeRow(string Id, string RoutineId, long LoggedAt, SeedTemplates.OutcomeTemplate Template, string IdempotencyKey);

    public static SeededPerson Make(SeedShape shape, SeedTemplates templates, int index)
    {
        // Not HashCode.Combine: it is salted per process, and the rows must be the same on every run.
        var random = new Random(unchecked((shape.Seed * 486_187_739) + index));
        uint counter = 0;
        string NextId(long at) =>
            at.ToString("x12", CultureInfo.InvariantCulture) + (++counter).ToString("x8", CultureInfo.InvariantCulture)
            + random.NextInt64(0, 1L << 48).ToString("x12", CultureInfo.InvariantCulture);

        // People join over the first year; each comes back about every other day.
        long joined = Epoch + random.NextInt64(0, 365 * Day);
        string personId = NextId(joined);
        var routines = new List<RoutineRow>();
        long at = joined + random.NextInt64(1, 60) * Minute;
        for (int r = 0; r < shape.RoutinesPerPerson; r++)
        {
            var template = templates.Routines[random.Next(templates.Routines.Count)];
            long? started = random.Next(4) == 0 ? null : at + Minute;
            routines.Add(new RoutineRow(NextId(at), at, template, started));
            at += random.NextInt64(1, 3) * Day;
        }

        var outcomes = new List<OutcomeRow>();
        for (int o = 0; o < shape.OutcomesPerPerson; o++)
        {
            RoutineRow routine = routines[o * routines.Count / shape.OutcomesPerPerson];
            // Logged after the routine and after the outcome before it: the log stays in time order.
            long logged = Math.Max(routine.CreatedAt, outcomes.Count > 0 ? outcomes[^1].LoggedAt : 0) + random.NextInt64(5, 600) * Minute;
            var template = routine.Template.Outcomes[random.Next(routine.Template.Outcomes.Count)];
            string id = NextId(logged);
            outcomes.Add(new OutcomeRow(id, routine.Id, logged, template, "seed-" + id));
        }

        return new SeededPerson(personId, Tokens.Hash(shape.Token(index)), joined, routines, outcomes);
    }

    /// <summary>The person's summary, folded the way the store folds each new outcome.</summary>
    public HistorySummary Summary() =>
        HistorySummary.Of(new History(Outcomes.Select(o => new LoggedOutcome(DateTimeOffset.FromUnixTimeMilliseconds(o.LoggedAt), o.Template.Parsed)).ToArray()));
}
