using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using MathNet.Numerics.Distributions;

namespace Advisor.Simulation;

/// <summary>
/// Synthetic people from a seed: a third desk workers with two or three sore regions, a third at
/// home waking inactive glutes or abdominals, a third in the gym before or after training. Each has
/// little time (so the routine must be cut and the order decides what is kept), one or two hidden
/// tastes, and a small quirk per exercise.
/// </summary>
public static class Population
{
    private static readonly Region[] DeskRegions = [Region.Neck, Region.Shoulders, Region.UpperBack, Region.LowerBack, Region.Hips, Region.Knees, Region.Wrists, Region.Hands];
    private static readonly Region[] HomeRegions = [Region.LowerBack, Region.Hips, Region.Knees, Region.Neck];
    private static readonly Condition[] GymConditions = [Condition.KneeValgus, Condition.RoundedShoulders, Condition.AnkleInstability, Condition.OverheadLifting, Condition.Sedentary];

    /// <summary><paramref name="count"/> people drawn from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<SyntheticPerson> Create(int count, int seed, ExerciseCatalog catalog, string prefix = "person")
    {
        var random = new Random(seed);
        var people = new SyntheticPerson[count];
        for (int n = 0; n < count; n++)
        {
            Assessment usual = (n % 3) switch { 0 => Desk(random), 1 => Home(random), _ => Gym(random) };
            var tastes = Taste.All.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToArray();
            var quirks = catalog.Exercises.ToDictionary(e => e.Id, _ => Normal.Sample(random, 0, 0.03), StringComparer.Ordinal);
            people[n] = new SyntheticPerson($"{prefix}-{n + 1}", usual, tastes, quirks);
        }

        return people;
    }

    private static Assessment Desk(Random random) => new()
    {
        PainPoints = Pains(random, DeskRegions, random.Next(2, 4)),
        TightMuscles = random.NextDouble() < 0.4 ? [Muscle.UpperTraps] : [],
        Setting = Setting.Desk,
        Day = Day.Workday,
        Minutes = random.Next(1, 4),
        Equipment = [Equipment.Chair],
    };

    private static Assessment Home(Random random) => new()
    {
        PainPoints = Pains(random, HomeRegions, random.Next(1, 3)),
        InactiveMuscles = random.NextDouble() < 0.5 ? [Muscle.Glutes] : [Muscle.Abdominals],
        TightMuscles = random.NextDouble() < 0.3 ? [Muscle.InnerThighs] : random.NextDouble() < 0.5 ? [Muscle.Hamstrings] : [],
        Setting = Setting.Home,
        Day = random.NextDouble() < 0.7 ? Day.Workday : Day.FullBody,
        Minutes = random.Next(6, 13),
        Equipment = random.NextDouble() < 0.5 ? [Equipment.Mat, Equipment.Chair] : [Equipment.Mat, Equipment.Wall, Equipment.Band],
    };

    private static Assessment Gym(Random random) => new()
    {
        PainPoints = Pains(random, [Region.Shoulders, Region.Knees, Region.Ankles, Region.LowerBack], random.Next(0, 2)),
        Conditions = GymConditions.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToArray(),
        WeakMuscles = random.NextDouble() < 0.5 ? [Muscle.GluteMedius] : [Muscle.ScapularStabilizers],
        Setting = Setting.Gym,
        Day = random.NextDouble() < 0.5 ? Day.LowerBody : Day.UpperBody,
        Minutes = random.Next(4, 11),
        Equipment = [Equipment.Band, Equipment.Mat, Equipment.Wall, Equipment.Dumbbell, Equipment.Bench],
    };

    /// <summary>Moderate pain (2 to 5) in distinct regions, so no red flags and no all-micro day.</summary>
    private static PainPoint[] Pains(Random random, Region[] regions, int count) =>
        regions.OrderBy(_ => random.Next()).Take(count).Select(r => new PainPoint(r, random.Next(2, 6))).ToArray();
}
