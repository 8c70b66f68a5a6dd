using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;

namespace Advisor.UnitTests.Guidance;

/// <summary>Random valid assessments and histories from a seeded generator: reproducible, and biased toward the edges (little time, severe pain).</summary>
internal sealed class RandomPeople(int seed, IReadOnlyList<string> exerciseIds)
{
    private readonly Random _random = new(seed);

    /// <summary>Random people whose histories name the exercises of the shared fixture's catalog.</summary>
    public static RandomPeople OverTheCatalog(int seed) => new(seed, GuidanceFixture.Shared.Catalog.Exercises.Select(e => e.Id).ToArray());

    public Assessment Assessment()
    {
        var regions = Some<Region>(3, 0.7);
        return new Assessment
        {
            PainPoints = regions.Select(r => new PainPoint(r, Severity(), _random.NextDouble() < 0.25)).ToArray(),
            InactiveMuscles = Some<Muscle>(3, 0.5),
            TightMuscles = Some<Muscle>(3, 0.5),
            WeakMuscles = Some<Muscle>(3, 0.5),
            Conditions = Some<Condition>(3, 0.6),
            RedFlags = _random.NextDouble() < 0.06 ? Some<RedFlag>(2, 1.0, atLeastOne: true) : [],
            Setting = One<Setting>(),
            Day = One<Day>(),
            Minutes = _random.NextDouble() < 0.5 ? _random.Next(1, 16) : _random.Next(1, 121),
            Equipment = Enum.GetValues<Equipment>().Where(_ => _random.NextDouble() < 0.4).ToArray(),
        };
    }

    /// <summary>
    /// <paramref name="count"/> people in turn, every third one (the first among them) with a history:
    /// the cases a property over random people runs through, drawn in the same order every time.
    /// </summary>
    public IEnumerable<(int N, Assessment Assessment, History? History)> EveryThirdWithHistory(int count)
    {
        for (int n = 0; n < count; n++)
        {
            Assessment assessment = Assessment();
            yield return (n, assessment, n % 3 == 0 ? History() : null);
        }
    }

    /// <summary>One to four logged routines, a day or more apart, the last up to three weeks ago.</summary>
    public History History()
    {
        int count = _random.Next(1, 5);
        int daysAgo = _random.Next(0, 22);
        var logged = new List<LoggedOutcome>();
        for (int i = 0; i < count; i++)
        {
            var regions = Some<Region>(2, 0.8);
            var before = regions.ToDictionary(r => r, _ => _random.Next(0, 11));
            var after = regions.ToDictionary(r => r, r => Math.Clamp(before[r] + _random.Next(-3, 4), 0, 10));
            var ratings = new Dictionary<string, Rating>();
            for (int r = _random.Next(0, 4); r > 0; r--) ratings[exerciseIds[_random.Next(exerciseIds.Count)]] = One<Rating>();
            var conditions = new List<Condition>();
            if (_random.NextDouble() < 0.15) conditions.Add(Condition.Frustrated);
            if (_random.NextDouble() < 0.15) conditions.Add(Condition.EarlyFatigue);
            logged.Add(new LoggedOutcome(GuidanceFixture.Now.AddDays(-daysAgo - (count - 1 - i) * _random.Next(1, 8)),
                new Outcome { PainBefore = before, PainAfter = after, Ratings = ratings, Conditions = conditions }));
        }

        return new History(logged.OrderBy(l => l.At).ToArray());
    }

    /// <summary>Pain from 0 to 10, with severe pain (7 and up, G2) about one time in four.</summary>
    private int Severity() => _random.NextDouble() < 0.25 ? _random.Next(7, 11) : _random.Next(0, 7);

    private T One<T>() where T : struct, Enum
    {
        T[] values = Enum.GetValues<T>();
        return values[_random.Next(values.Length)];
    }

    private T[] Some<T>(int most, double chance, bool atLeastOne = false) where T : struct, Enum
    {
        if (!atLeastOne && _random.NextDouble() >= chance) return [];
        int count = _random.Next(1, most + 1);
        return Enum.GetValues<T>().OrderBy(_ => _random.Next()).Take(count).ToArray();
    }
}
