using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Personalization;

/// <summary>
/// Ten people served routines in a random interleaving, for checking a ranker that drops and reads
/// back personal layers against one that holds them all.
/// </summary>
internal static class TenPeople
{
    public const int Count = 10;

    private static ExerciseCatalog Catalog => GuidanceFixture.Shared.Catalog;

    /// <summary>Routines served by <paramref name="server"/> to the ten in a random interleaving, each with a random outcome; not learned.</summary>
    public static List<LoggedRoutine> Interleaved(ThompsonRanker server, int routines, int seed)
    {
        var people = new RandomPeople(seed, Catalog.Exercises.Select(e => e.Id).ToArray());
        var random = new Random(seed);
        Recommender recommender = Rankers.With(server);
        var log = new List<LoggedRoutine>();
        for (int n = 0; n < routines; n++)
        {
            string person = $"person-{random.Next(Count)}";
            Assessment assessment = people.Assessment() with { RedFlags = [] };
            Routine routine = recommender.Recommend(assessment, routineId: $"interleaved-{n}", personId: person).Routine;
            log.Add(new LoggedRoutine(person, assessment, routine, Rankers.RandomOutcome(routine, assessment, random)));
        }

        return log;
    }

    // Movements enough people are served, so every person has evidence about some of them.
    public static RankingRequest Request(string personId, Assessment assessment, string routineId) =>
        new(routineId, personId, assessment, RoutinePhase.Release, Catalog.Exercises.Take(12).ToArray(), []);

    /// <summary>
    /// Fails unless both rankers give each of the ten the same place probabilities, to 1e-9, and the
    /// same order, for a routine answering <paramref name="assessment"/>; asked in a shuffled order
    /// when <paramref name="shuffle"/> is given, so that people are read back by ranking as well as by learning.
    /// </summary>
    public static void AssertEveryoneRankedAlike(ThompsonRanker expected, ThompsonRanker actual, Assessment assessment, string routinePrefix, Random? shuffle = null)
    {
        int[] people = [.. Enumerable.Range(0, Count)];
        if (shuffle is not null) people = [.. people.OrderBy(_ => shuffle.Next())];
        foreach (int person in people)
        {
            RankingRequest request = Request($"person-{person}", assessment, $"{routinePrefix}-{person}");
            AssertSame(expected.PlaceProbabilities(request), actual.PlaceProbabilities(request), request.PersonId!);
            Assert.Equal(expected.Rank(request).Order, actual.Rank(request).Order);
        }
    }

    /// <summary>Fails unless the two place probabilities agree to 1e-9 everywhere.</summary>
    public static void AssertSame(double[,] expected, double[,] actual, string personId)
    {
        for (int i = 0; i < expected.GetLength(0); i++)
            for (int t = 0; t < expected.GetLength(1); t++)
                Assert.True(Math.Abs(expected[i, t] - actual[i, t]) <= 1e-9, $"{personId}: P[{i}, {t}] is {actual[i, t]}, unbounded {expected[i, t]}");
    }
}
