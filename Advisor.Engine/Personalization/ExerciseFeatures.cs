using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;

namespace Advisor.Engine.Personalization;

/// <summary>
/// What the ranker knows about an exercise: its index in the catalog, and its traits as one-hot
/// features: a constant, its kind, position, the regions it moves, the equipment it needs and how
/// long it takes. Traits let evidence about one exercise inform its neighbours (another seated one,
/// another for the neck).
/// </summary>
internal sealed class ExerciseFeatures
{
    private const int DurationBands = 3;

    private readonly Dictionary<string, int> _index;
    private readonly int[][] _traits;

    public ExerciseFeatures(ExerciseCatalog catalog)
    {
        Exercises = catalog.Exercises;
        _index = Exercises.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        const int kinds = 1;
        int positions = kinds + Enum.GetValues<ExerciseKind>().Length;
        int regions = positions + Enum.GetValues<Position>().Length, equipment = regions + Enum.GetValues<Region>().Length;
        int durations = equipment + Enum.GetValues<Equipment>().Length;
        Traits = durations + DurationBands;
        _traits = Exercises.Select(e => new[] { 0, kinds + (int)e.Kind, positions + (int)e.Position, durations + Band(e.Dose.Seconds) }
            .Concat(e.Regions.Distinct().Select(r => regions + (int)r))
            .Concat(e.Equipment.Distinct().Select(q => equipment + (int)q))
            .Order().ToArray()).ToArray();
    }

    /// <summary>How many trait features there are.</summary>
    public int Traits { get; }

    /// <summary>The catalog's exercises, by index.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>The exercise's index, or -1 when the catalog does not hold it.</summary>
    public int IndexOf(string exerciseId) => _index.GetValueOrDefault(exerciseId, -1);

    /// <summary>The trait features of the exercise at <paramref name="index"/>, ascending; the constant (0) first.</summary>
    public int[] TraitsOf(int index) => _traits[index];

    /// <summary>Short (under 45 s), medium (up to 2 min) or long.</summary>
    private static int Band(int seconds) => seconds < 45 ? 0 : seconds <= 120 ? 1 : 2;
}
