using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Personalization.Population;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Personalization;

/// <summary>Recommenders with a ranker on the shared guidance and fixed clock, and ways to give a ranker a history.</summary>
internal static class Rankers
{
    private static GuidanceFixture Guidance => GuidanceFixture.Shared;

    /// <summary>A fresh ranker over the catalog.</summary>
    public static ThompsonRanker Fresh(RankerOptions? options = null) => new(Guidance.Catalog, options);

    /// <summary>A recommender on the fixed clock that orders with <paramref name="ranker"/> (or the rules alone, for null).</summary>
    public static Recommender With(IRanker? ranker) => new(Guidance.Guidance, Guidance.Catalog, new FixedClock(GuidanceFixture.Now), ranker);

    /// <summary>
    /// Serves <paramref name="routines"/> routines to random people (a dozen ids, so some come back)
    /// and learns from a random outcome of each, online, as a host would. Returns the log, in order.
    /// </summary>
    public static IReadOnlyList<LoggedRoutine> Train(ThompsonRanker ranker, int routines, int seed)
    {
        var people = RandomPeople.OverTheCatalog(seed);
        var random = new Random(seed);
        Recommender recommender = With(ranker);
        var log = new List<LoggedRoutine>();
        for (int n = 0; n < routines; n++)
        {
            string person = $"person-{random.Next(12)}";
            Assessment assessment = people.Assessment() with { RedFlags = [] };
            Routine routine = recommender.Recommend(assessment, routineId: $"train-{seed}-{n}", personId: person).Routine;
            Outcome outcome = RandomOutcome(routine, assessment, random);
            ranker.Learn(person, assessment, routine, outcome);
            log.Add(new LoggedRoutine(person, assessment, routine, outcome));
        }

        return log;
    }

    /// <summary>A population model (LightGBM) trained on <paramref name="log"/>.</summary>
    public static PopulationModel Population(IEnumerable<LoggedRoutine> log)
    {
        var set = new TrainingSet(Guidance.Catalog);
        foreach (LoggedRoutine logged in log) set.Add(logged.Assessment, logged.Routine, logged.Outcome);
        return set.Train();
    }

    /// <summary>What a person might log after a routine: some items done and rated, pain a little up or down.</summary>
    public static Outcome RandomOutcome(Routine routine, Assessment assessment, Random random)
    {
        var done = routine.Phases.SelectMany(p => p.Items).Select(i => i.ExerciseId).Where(_ => random.NextDouble() < 0.8).ToArray();
        var before = assessment.PainPoints.ToDictionary(p => p.Region, p => p.Severity);
        return new Outcome
        {
            Completed = done,
            Ratings = done.Where(_ => random.NextDouble() < 0.7).ToDictionary(id => id, _ => (Rating)random.Next(3)),
            PainBefore = before,
            PainAfter = before.ToDictionary(p => p.Key, p => Math.Clamp(p.Value + random.Next(-3, 2), 0, 10)),
        };
    }

    /// <summary>The routine with no item's personalization record: what it would be without a ranker, if the order is the rules'.</summary>
    public static Routine WithoutPersonalization(Routine routine) => routine with
    {
        Phases = routine.Phases.Select(p => p with { Items = p.Items.Select(i => i with { Personalization = null }).ToArray() }).ToArray(),
    };

    /// <summary>The item's reasons without the personalized order's.</summary>
    public static IEnumerable<Reason> RulesReasons(RoutineItem item) => item.Because.Where(r => r.Rule != RoutineBuilder.PersonalizedOrder.Rule);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
