using System.Collections.Frozen;
using Advisor.Engine.Assessments;

namespace Advisor.Engine.Catalog;

/// <summary>
/// The exercises and the decision tables the guidance implies, loaded from data/. Immutable once
/// loaded; every exercise id a table names is checked to exist.
/// </summary>
public sealed class ExerciseCatalog
{
    private readonly FrozenDictionary<string, Exercise> _byId;

    private ExerciseCatalog(IReadOnlyList<Exercise> exercises, IReadOnlyList<object> tableRows)
    {
        Exercises = exercises;
        TableRows = tableRows;
        _byId = exercises.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        Ids = _byId.Keys.ToFrozenSet(StringComparer.Ordinal);
        Tables = new DecisionTables(tableRows);
    }

    /// <summary>Every exercise, in file order.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Every decision-table row (antagonists, steps, desk regions, schedule).</summary>
    public IReadOnlyList<object> TableRows { get; }

    /// <summary>The decision tables, looked up by the muscle or region a row is for.</summary>
    public DecisionTables Tables { get; }

    /// <summary>The exercise with <paramref name="id"/>, or null.</summary>
    public Exercise? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Every exercise id, for checking documents that name exercises.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>The exercise with <paramref name="id"/>; throws when there is none.</summary>
    public Exercise this[string id] =>
        Find(id) ?? throw new KeyNotFoundException($"No exercise '{id}' in the catalog.");

    /// <summary>The data folder shipped beside the running program.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Loads every file of <paramref name="folder"/>; throws <see cref="CatalogException"/> naming file, line and column.</summary>
    public static ExerciseCatalog Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        List<Exercise> exercises = CsvTable.Load(Path.Combine(folder, "exercises.csv"), ExerciseColumns, ReadExercise);
        var duplicate = exercises.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CatalogException($"exercises.csv: the id '{duplicate.Key}' appears more than once");
        var ids = exercises.Select(e => e.Id).ToHashSet();
        foreach (Exercise exercise in exercises.Where(e => e.Alternative is not null && !ids.Contains(e.Alternative)))
            throw new CatalogException($"exercises.csv: the alternative '{exercise.Alternative}' of '{exercise.Id}' is not in the catalog");

        exercises = WithBandLoads(folder, exercises, ids);
        var rows = new List<object>();
        rows.AddRange(CsvTable.Load(Path.Combine(folder, "antagonists.csv"), ["inactive_muscle", "tight_antagonist", "guidelines"],
            t => new Antagonist(t.Value<Muscle>("inactive_muscle"), t.Value<Muscle>("tight_antagonist"), t.List("guidelines"))));
        rows.AddRange(Steps(folder, "releases.csv", "tight_muscle", ids, (m, o, e, g, l) => new ReleaseStep(m, o, e, g, l)));
        rows.AddRange(Steps(folder, "activations.csv", "inactive_muscle", ids, (m, o, e, g, l) => new ActivationStep(m, o, e, g, l)));
        rows.AddRange(Steps(folder, "integrations.csv", "inactive_muscle", ids, (m, o, e, g, l) => new IntegrationStep(m, o, e, g, l)));
        rows.AddRange(Steps(folder, "strengthening.csv", "weak_muscle", ids, (m, o, e, g, l) => new StrengtheningStep(m, o, e, g, l)));
        rows.AddRange(Steps(folder, "desk-regions.csv", "region", ids, (Region r, int o, string e, IReadOnlyList<string> g) => new DeskStep(r, o, e, g)));
        rows.AddRange(Steps(folder, "workday-schedule.csv", "when", ids, (Moment w, int o, string e, IReadOnlyList<string> g) => new ScheduleStep(w, o, e, g)));
        return new ExerciseCatalog(exercises, rows);
    }

    private static readonly string[] ExerciseColumns =
    [
        "id", "name", "kind", "regions", "muscles", "position", "equipment", "alternative", "one_sided",
        "sets", "reps", "hold_seconds", "seconds", "micro_capable", "instructions", "source",
    ];

    private static Exercise ReadExercise(CsvTable t) => new()
    {
        Id = t.Text("id"),
        Name = t.Text("name"),
        Kind = t.Value<ExerciseKind>("kind"),
        Regions = t.Values<Region>("regions"),
        Muscles = t.Values<Muscle>("muscles"),
        Position = t.Value<Position>("position"),
        Equipment = t.Values<Equipment>("equipment"),
        Alternative = t.Text("alternative", required: false) is { Length: > 0 } alternative ? alternative : null,
        OneSided = t.Boolean("one_sided"),
        Dose = new Dose(t.Integer("sets", 1, 10), t.Integer("reps", 1, 50), t.Integer("hold_seconds", 0, 120), t.Integer("seconds", 1, 1800)),
        MicroCapable = t.Boolean("micro_capable"),
        Instructions = t.Text("instructions"),
        Source = t.Text("source"),
    };

    /// <summary>Each exercise a light band can load, with how to add it (data/band-loads.csv, G25).</summary>
    private static List<Exercise> WithBandLoads(string folder, List<Exercise> exercises, HashSet<string> ids)
    {
        var loads = CsvTable.Load(Path.Combine(folder, "band-loads.csv"), ["exercise_id", "instruction"], t =>
        {
            string exercise = t.Text("exercise_id");
            if (!ids.Contains(exercise)) t.Fail("exercise_id", $"'{exercise}' is not in exercises.csv");
            return (Exercise: exercise, Instruction: t.Text("instruction"));
        });
        var duplicate = loads.GroupBy(l => l.Exercise).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CatalogException($"band-loads.csv: the exercise '{duplicate.Key}' appears more than once");
        var byId = loads.ToDictionary(l => l.Exercise, l => l.Instruction);
        return exercises.Select(e => byId.TryGetValue(e.Id, out string? how) ? e with { BandLoad = how } : e).ToList();
    }

    private static List<T> Steps<TKey, T>(string folder, string file, string keyColumn, HashSet<string> ids,
        Func<TKey, int, string, IReadOnlyList<string>, T> make) where TKey : struct, Enum =>
        CsvTable.Load(Path.Combine(folder, file), [keyColumn, "order", "exercise_id", "guidelines"], t =>
        {
            string exercise = t.Text("exercise_id");
            if (!ids.Contains(exercise)) t.Fail("exercise_id", $"'{exercise}' is not in exercises.csv");
            return make(t.Value<TKey>(keyColumn), t.Integer("order", 1, 100), exercise, t.List("guidelines"));
        });

    /// <summary>A muscle's table, whose rows also say whether the guidance names the exercise first-line or interchangeable.</summary>
    private static List<T> Steps<T>(string folder, string file, string keyColumn, HashSet<string> ids,
        Func<Muscle, int, string, IReadOnlyList<string>, Line, T> make) =>
        CsvTable.Load(Path.Combine(folder, file), [keyColumn, "order", "exercise_id", "guidelines", "line"], t =>
        {
            string exercise = t.Text("exercise_id");
            if (!ids.Contains(exercise)) t.Fail("exercise_id", $"'{exercise}' is not in exercises.csv");
            return make(t.Value<Muscle>(keyColumn), t.Integer("order", 1, 100), exercise, t.List("guidelines"), t.Value<Line>("line"));
        });
}
