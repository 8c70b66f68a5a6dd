using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Facts;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Reasoning;
using Advisor.Engine.Routines;

namespace Advisor.Engine.Personalization.Simulation;

/// <summary>
/// Rounds of routines for synthetic people whose preferences are hidden from the ranker. Each round,
/// every person (in a fixed order) gets today's assessment and three routines for it: the rules'
/// order, the personalizing ranker's, and the best possible order. Only the personalized routine is
/// "done": the person's outcome for it is what the ranker learns from. Each routine is scored by the
/// mean hidden value of its items, which is what the best order maximizes. The three routines come
/// from one session of the guidance, so they differ only by their order. Everything is drawn from
/// the seed, so a run can be repeated exactly.
/// </summary>
public sealed class Simulation(IGuidance guidance, ExerciseCatalog catalog)
{
    /// <summary>Runs <paramref name="rounds"/> rounds for <paramref name="people"/> people, learning into <paramref name="ranker"/> (a fresh one by default).</summary>
    /// <param name="people">How many synthetic people.</param>
    /// <param name="rounds">Routines per person.</param>
    /// <param name="seed">Draws the people, their days and their outcomes, and seeds the fresh ranker.</param>
    /// <param name="ranker">The ranker to evaluate; a fresh <see cref="ThompsonRanker"/> seeded with <paramref name="seed"/> by default.</param>
    /// <param name="progress">Called after each round.</param>
    public SimulationReport Run(int people, int rounds, int seed, IRanker? ranker = null, Action<SimulationRound>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(people, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        IReadOnlyList<SyntheticPerson> population = Population.Create(people, seed, catalog);
        ranker ??= new ThompsonRanker(catalog, new RankerOptions { Seed = seed });
        var recommender = new Recommender(guidance, catalog);
        var best = new BestOrderRanker(population);
        IRanker? personalizing = ranker.Enabled ? ranker : null;
        var results = new List<SimulationRound>();
        int served = 0, broken = 0;
        for (int round = 1; round <= rounds; round++)
        {
            double rules = 0, mine = 0, top = 0;
            foreach (SyntheticPerson person in population)
            {
                var random = new Random(StableHash.Of(seed, person.Id, round));
                Assessment today = person.AssessmentOn(random);
                string routineId = $"{person.Id}-round-{round}";
                IConclusions session = recommender.Fire(today, null);
                rules += Value(person, today, recommender.Build(session, today, routineId, person.Id, null).Routine);
                Recommendation mineToday = recommender.Build(session, today, routineId, person.Id, personalizing);
                mine += Value(person, today, mineToday.Routine);
                top += Value(person, today, recommender.Build(session, today, routineId, person.Id, best).Routine);
                served += mineToday.Routine.Phases.Sum(p => p.Items.Count);
                broken += OutOfBounds(mineToday, today);
                ranker.Learn(person.Id, today, mineToday.Routine, person.Respond(mineToday.Routine, today, catalog, random));
            }

            var result = new SimulationRound(round, rules / people, mine / people, top / people);
            results.Add(result);
            progress?.Invoke(result);
        }

        return new SimulationReport(people, results, served, broken);
    }

    private double Value(SyntheticPerson person, Assessment today, Routine routine)
    {
        var items = routine.Phases.SelectMany(p => p.Items).ToArray();
        return items.Length == 0 ? 0 : items.Average(i => person.ValueOf(catalog[i.ExerciseId], today));
    }

    /// <summary>Items of the routine the rules did not approve, plus one for a routine that breaks the phase order or the minutes.</summary>
    private static int OutOfBounds(Recommendation recommendation, Assessment today)
    {
        var excluded = recommendation.Conclusions.Query<Excluded>().Select(e => e.ExerciseId).ToHashSet(StringComparer.Ordinal);
        var approved = recommendation.Conclusions.Query<Candidate>().Select(c => c.ExerciseId).Where(id => !excluded.Contains(id)).ToHashSet(StringComparer.Ordinal);
        Routine routine = recommendation.Routine;
        int outside = routine.Phases.SelectMany(p => p.Items).Count(i => !approved.Contains(i.ExerciseId));
        var phases = routine.Phases.Select(p => p.Phase).ToArray();
        bool ordered = phases.Zip(phases.Skip(1)).All(p => p.First < p.Second);
        return outside + (ordered && routine.TotalSeconds <= today.Minutes * 60 ? 0 : 1);
    }
}
