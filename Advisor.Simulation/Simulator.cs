using Advisor.Engine.Personalization;
using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Facts;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Reasoning;
using Advisor.Engine.Personalization.Population;
using Advisor.Engine.Routines;

namespace Advisor.Simulation;

/// <summary>
/// Rounds of routines for synthetic people whose preferences are hidden from the ranker. Each round,
/// every person (in a fixed order) gets today's assessment and three routines for it: the rules'
/// order, the personalizing ranker's, and the best possible order. Only the personalized routine is
/// "done": the person's outcome for it is what the ranker learns from. Each routine is scored by the
/// mean hidden value of its items, which is what the best order maximizes. The three routines come
/// from one session of the guidance, so they differ only by their order. Everything is drawn from
/// the seed, so a run can be repeated exactly.
/// </summary>
public sealed class Simulator(IGuidance guidance, ExerciseCatalog catalog)
{
    /// <summary>Rounds in which newcomers are measured: their first three routines.</summary>
    public const int NewcomerRounds = 3;

    /// <summary>Runs <paramref name="rounds"/> rounds for <paramref name="people"/> people, learning into <paramref name="ranker"/> (a fresh one by default).</summary>
    /// <param name="people">How many synthetic people.</param>
    /// <param name="rounds">Routines per person.</param>
    /// <param name="seed">Draws the people, their days and their outcomes, and seeds the fresh ranker.</param>
    /// <param name="ranker">The ranker to evaluate; a fresh <see cref="ThompsonRanker"/> seeded with <paramref name="seed"/> by default.</param>
    /// <param name="progress">Called after each round.</param>
    /// <param name="population">
    /// With a trainer, a population model is trained from every outcome so far after rounds 1, 2, 4,
    /// 8 and 16 (as a host retrains after enough new outcomes) and put under the ranker's scores;
    /// only for a <see cref="ThompsonRanker"/>.
    /// </param>
    /// <param name="logged">Collects every personalized outcome as population training rows (for comparing trainers); one is made when <paramref name="population"/> needs it.</param>
    /// <param name="newcomers">After the rounds, this many new people (of the same kinds) join and get <see cref="NewcomerRounds"/> routines each: the cold start.</param>
    public SimulationReport Run(
        int people, int rounds, int seed, IRanker? ranker = null, Action<SimulationRound>? progress = null,
        PopulationTrainer? population = null, int newcomers = 0, TrainingSet? logged = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(people, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(newcomers);
        IReadOnlyList<SyntheticPerson> population0 = Population.Create(people, seed, catalog);
        IReadOnlyList<SyntheticPerson> joining = Population.Create(newcomers, seed + 7919, catalog, "newcomer");
        ranker ??= new ThompsonRanker(catalog, new RankerOptions { Seed = seed });
        var run = new Rounds(this, ranker, new BestOrderRanker([.. population0, .. joining]), seed, logged ?? (population is null ? null : new TrainingSet(catalog)));
        var results = new List<SimulationRound>();
        for (int round = 1; round <= rounds; round++)
        {
            SimulationRound result = run.Round(population0, round);
            results.Add(result);
            progress?.Invoke(result);
            if (population is { } trainer && ranker is ThompsonRanker thompson && (round & (round - 1)) == 0 && round < rounds)
                run.Retrain(thompson, trainer);
        }

        var cold = new List<SimulationRound>();
        for (int round = 1; newcomers > 0 && round <= NewcomerRounds; round++) cold.Add(run.Round(joining, round));
        return new SimulationReport(people, results, run.Served, run.Broken) { Newcomers = newcomers, NewcomerRounds = cold };
    }

    /// <summary>One run's moving parts: who serves, what was logged, what was counted.</summary>
    private sealed class Rounds(Simulator simulation, IRanker ranker, BestOrderRanker best, int seed, TrainingSet? logged)
    {
        private readonly Recommender _recommender = new(simulation.Guidance, simulation.Catalog);

        private readonly List<(string Person, Assessment Assessment, Routine Routine, Outcome Outcome)> _log = [];

        public TrainingSet? Logged => logged;

        /// <summary>As a host does: a population model from every outcome so far, and the online layers relearned over it.</summary>
        public void Retrain(ThompsonRanker live, PopulationTrainer trainer)
        {
            var rebuilt = new ThompsonRanker(simulation.Catalog, live.Options);
            rebuilt.UsePopulation(logged!.Train(trainer, seed));
            foreach (var (person, assessment, routine, outcome) in _log) rebuilt.Learn(person, assessment, routine, outcome);
            live.Adopt(rebuilt);
        }

        public int Served { get; private set; }

        public int Broken { get; private set; }

        /// <summary>Each person gets today's three routines; the personalized one is done, and learned from.</summary>
        public SimulationRound Round(IReadOnlyList<SyntheticPerson> people, int round)
        {
            IRanker? personalizing = ranker.Enabled ? ranker : null;
            double rules = 0, mine = 0, top = 0;
            foreach (SyntheticPerson person in people)
            {
                var random = new Random(StableHash.Of(seed, person.Id, round));
                Assessment today = person.AssessmentOn(random);
                string routineId = $"{person.Id}-round-{round}";
                IConclusions session = _recommender.Fire(today, null);
                rules += simulation.Value(person, today, _recommender.Build(session, today, routineId, person.Id, null).Routine);
                Recommendation mineToday = _recommender.Build(session, today, routineId, person.Id, personalizing);
                mine += simulation.Value(person, today, mineToday.Routine);
                top += simulation.Value(person, today, _recommender.Build(session, today, routineId, person.Id, best).Routine);
                Served += mineToday.Routine.Phases.Sum(p => p.Items.Count);
                Broken += OutOfBounds(mineToday, today);
                Outcome outcome = person.Respond(mineToday.Routine, today, simulation.Catalog, random);
                ranker.Learn(person.Id, today, mineToday.Routine, outcome);
                logged?.Add(today, mineToday.Routine, outcome);
                if (logged is not null) _log.Add((person.Id, today, mineToday.Routine, outcome));
            }

            return new SimulationRound(round, rules / people.Count, mine / people.Count, top / people.Count);
        }
    }

    private IGuidance Guidance => guidance;

    private ExerciseCatalog Catalog => catalog;

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
