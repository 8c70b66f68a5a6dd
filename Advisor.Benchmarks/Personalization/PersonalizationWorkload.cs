using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Personalization.Population;
using Advisor.Simulation;
using Advisor.Engine.Routines;
using Advisor.Rules;

namespace Advisor.Benchmarks.Personalization;

/// <summary>One logged routine of the benchmark workload: who, which served routine of the pool, which of its outcomes.</summary>
public readonly record struct LogEntry(int Person, int Routine, int Outcome);

/// <summary>
/// Served routines and outcomes for the personalization benchmarks: routines the guidance made for
/// synthetic people (desk, home, gym; see Population), each with a few outcomes those people
/// would log. A long log refers to this pool, so a million outcomes fit in memory.
/// </summary>
public sealed class PersonalizationWorkload
{
    private const int OutcomesPerRoutine = 4;

    private PersonalizationWorkload(ExerciseCatalog catalog, Assessment[] assessments, Routine[] routines, Outcome[][] outcomes)
    {
        Catalog = catalog;
        Assessments = assessments;
        Routines = routines;
        Outcomes = outcomes;
    }

    /// <summary>The catalog.</summary>
    public ExerciseCatalog Catalog { get; }

    /// <summary>The assessment of each pooled routine.</summary>
    public Assessment[] Assessments { get; }

    /// <summary>The pooled routines, as served by the rules.</summary>
    public Routine[] Routines { get; }

    /// <summary>Outcomes per pooled routine.</summary>
    public Outcome[][] Outcomes { get; }

    /// <summary>A pool of <paramref name="routines"/> routines from as many synthetic people.</summary>
    public static PersonalizationWorkload Create(int routines, int seed)
    {
        ExerciseCatalog catalog = ExerciseCatalog.Load();
        var recommender = new Recommender(Guidance.Compile(catalog), catalog);
        IReadOnlyList<SyntheticPerson> people = Population.Create(routines, seed, catalog);
        var random = new Random(seed);
        var assessments = new Assessment[routines];
        var served = new Routine[routines];
        var outcomes = new Outcome[routines][];
        for (int n = 0; n < routines; n++)
        {
            assessments[n] = people[n].AssessmentOn(random);
            served[n] = recommender.Recommend(assessments[n], routineId: $"pool-{n}").Routine;
            outcomes[n] = Enumerable.Range(0, OutcomesPerRoutine).Select(_ => people[n].Respond(served[n], assessments[n], catalog, random)).ToArray();
        }

        return new PersonalizationWorkload(catalog, assessments, served, outcomes);
    }

    /// <summary>
    /// <paramref name="count"/> log entries over <paramref name="people"/> people, in logged order.
    /// A person's routines come from their own kind of day, as a real person's do: person p gets one
    /// of the three pooled routines p, p + 3 and p + 6, which share a setting (see Population).
    /// </summary>
    public LogEntry[] Log(int count, int people, int seed)
    {
        var random = new Random(seed);
        var log = new LogEntry[count];
        for (int n = 0; n < count; n++)
        {
            int person = random.Next(people);
            log[n] = new LogEntry(person, (person + 3 * random.Next(3)) % Routines.Length, random.Next(OutcomesPerRoutine));
        }

        return log;
    }

    /// <summary>A ranker that knows nothing yet, seeded as every benchmark's is.</summary>
    public ThompsonRanker FreshRanker() => new(Catalog, new RankerOptions { Seed = 1 });

    /// <summary>Learns one logged outcome into <paramref name="ranker"/>.</summary>
    public void Learn(ThompsonRanker ranker, LogEntry entry, string[] personIds) =>
        ranker.Learn(personIds[entry.Person], Assessments[entry.Routine], Routines[entry.Routine], Outcomes[entry.Routine][entry.Outcome]);

    /// <summary>Learns every entry of <paramref name="log"/>, in order, into <paramref name="ranker"/>.</summary>
    public void Replay(ThompsonRanker ranker, LogEntry[] log, string[] personIds)
    {
        foreach (LogEntry entry in log) Learn(ranker, entry, personIds);
    }

    /// <summary>The entries of <paramref name="log"/> as population training rows.</summary>
    public TrainingSet TrainingSet(IEnumerable<LogEntry> log)
    {
        var set = new TrainingSet(Catalog);
        foreach (LogEntry entry in log) set.Add(Assessments[entry.Routine], Routines[entry.Routine], Outcomes[entry.Routine][entry.Outcome]);
        return set;
    }

    /// <summary>A ranker that learned <paramref name="log"/>, then a population model from it, then relearned it over that model, as a host's retraining leaves it.</summary>
    public ThompsonRanker WithPopulation(LogEntry[] log, string[] personIds)
    {
        ThompsonRanker ranker = FreshRanker();
        ranker.UsePopulation(TrainingSet(log).Train());
        Replay(ranker, log, personIds);
        return ranker;
    }

    /// <summary>Person ids "person-0" … for <paramref name="count"/> people.</summary>
    public static string[] PersonIds(int count) => Enumerable.Range(0, count).Select(i => $"person-{i}").ToArray();
}
