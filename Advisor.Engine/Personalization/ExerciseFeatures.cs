using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;

namespace Advisor.Engine.Personalization;

/// <summary>
/// What the ranker knows about an exercise, as one-hot features: its id, kind, position, the
/// regions it moves, the equipment it needs and how long it takes. Shared features let evidence
/// about one exercise inform its neighbours (another seated one, another for the neck).
/// </summary>
internal sealed class ExerciseFeatures
{
    private const int DurationBands = 3;

    private readonly Dictionary<string, int> _index;
    private readonly int[][] _features;

    public ExerciseFeatures(ExerciseCatalog catalog)
    {
        Exercises = catalog.Exercises;
        _index = Exercises.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        int kinds = Exercises.Count, positions = kinds + Enum.GetValues<ExerciseKind>().Length;
        int regions = positions + Enum.GetValues<Position>().Length, equipment = regions + Enum.GetValues<Region>().Length;
        int durations = equipment + Enum.GetValues<Equipment>().Length;
        Count = durations + DurationBands;
        _features = Exercises.Select((e, i) => new[] { i, kinds + (int)e.Kind, positions + (int)e.Position, durations + Band(e.Dose.Seconds) }
            .Concat(e.Regions.Distinct().Select(r => regions + (int)r))
            .Concat(e.Equipment.Distinct().Select(q => equipment + (int)q))
            .Order().ToArray()).ToArray();
    }

    /// <summary>How many features there are: the width of one row of a model's weights.</summary>
    public int Count { get; }

    /// <summary>The catalog's exercises, by index.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>The exercise's index, or -1 when the catalog does not hold it.</summary>
    public int IndexOf(string exerciseId) => _index.GetValueOrDefault(exerciseId, -1);

    /// <summary>The features of the exercise at <paramref name="index"/>, ascending.</summary>
    public int[] Of(int index) => _features[index];

    /// <summary>Short (under 45 s), medium (up to 2 min) or long.</summary>
    private static int Band(int seconds) => seconds < 45 ? 0 : seconds <= 120 ? 1 : 2;
}
