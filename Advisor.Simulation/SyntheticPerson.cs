using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using MathNet.Numerics.Distributions;

namespace Advisor.Simulation;

/// <summary>
/// A simulated person: a typical assessment, and hidden preferences that decide what each exercise
/// is worth to them (<see cref="ValueOf"/>, an expected reward from 0 to 1). What they report after a
/// routine (done or skipped, ratings, pain) is drawn from those values, so the ranker can learn the
/// preferences only through outcomes, as it would from a real person.
/// </summary>
public sealed class SyntheticPerson
{
    private readonly Assessment _usual;
    private readonly IReadOnlyList<Taste> _tastes;
    private readonly Dictionary<string, double> _quirks;

    /// <summary>A person with a usual assessment, tastes, and a quirk per exercise (a small personal offset).</summary>
    public SyntheticPerson(string id, Assessment usual, IReadOnlyList<Taste> tastes, IReadOnlyDictionary<string, double> quirks)
    {
        Id = id;
        _usual = usual;
        _tastes = tastes;
        _quirks = new Dictionary<string, double>(quirks, StringComparer.Ordinal);
    }

    /// <summary>The person's id.</summary>
    public string Id { get; }

    /// <summary>The hidden tastes, in plain words.</summary>
    public string Describe() => string.Join("; ", _tastes.Select(t => t.Name));

    /// <summary>Today's assessment: the usual one, with pain a point either way and a minute more or less.</summary>
    public Assessment AssessmentOn(Random random) => _usual with
    {
        PainPoints = _usual.PainPoints.Select(p => p with { Severity = Math.Clamp(p.Severity + random.Next(-1, 2), 1, 6) }).ToArray(),
        Minutes = Math.Max(2, _usual.Minutes + random.Next(-1, 2)),
    };

    /// <summary>
    /// What the exercise is worth to this person today, from 0 to 1: 0.5, plus up to 0.15 for moving
    /// a painful region (the more it hurts, the more; true for everyone), plus the person's tastes
    /// and quirk.
    /// </summary>
    public double ValueOf(Exercise exercise, Assessment assessment)
    {
        int pain = assessment.PainPoints.Where(p => exercise.Regions.Contains(p.Region)).Select(p => p.Severity).DefaultIfEmpty(0).Max();
        double value = 0.5 + 0.15 * pain / 10 + _tastes.Sum(t => t.Effect(exercise)) + _quirks.GetValueOrDefault(exercise.Id);
        return Math.Clamp(value, 0.02, 0.98);
    }

    /// <summary>
    /// What the person reports after doing <paramref name="routine"/>: each item is done with a
    /// chance that grows with its value; a done item is rated "right" with a chance equal to its
    /// value, otherwise "effortless" or "too-hard" alike; pain in each region falls by what the done
    /// items that move it are worth, plus noise.
    /// </summary>
    public Outcome Respond(Routine routine, Assessment assessment, ExerciseCatalog catalog, Random random)
    {
        var completed = new List<string>();
        var ratings = new Dictionary<string, Rating>(StringComparer.Ordinal);
        var relief = new Dictionary<Region, List<double>>();
        foreach (RoutineItem item in routine.Phases.SelectMany(p => p.Items))
        {
            Exercise exercise = catalog[item.ExerciseId];
            double value = ValueOf(exercise, assessment);
            if (random.NextDouble() >= 0.1 + 0.9 * value) continue;
            completed.Add(item.ExerciseId);
            double rating = random.NextDouble();
            ratings[item.ExerciseId] = rating < value ? Rating.Right : rating < value + (1 - value) / 2 ? Rating.Effortless : Rating.TooHard;
            foreach (Region region in exercise.Regions.Distinct())
            {
                if (!relief.TryGetValue(region, out List<double>? values)) relief[region] = values = [];
                values.Add(value);
            }
        }

        var before = assessment.PainPoints.ToDictionary(p => p.Region, p => p.Severity);
        var after = before.ToDictionary(p => p.Key, p => Math.Clamp((int)Math.Round(p.Value - Fall(relief.GetValueOrDefault(p.Key)) + Normal.Sample(random, 0, 0.7)), 0, 10));
        return new Outcome { Completed = completed, Ratings = ratings, PainBefore = before, PainAfter = after };
    }

    /// <summary>Pain in a region falls by what the done items that move it are worth on average: 3 points for the best, a rise of 3 for the worst.</summary>
    private static double Fall(List<double>? values) => values is null ? 0 : (values.Average() - 0.5) * 6;
}
