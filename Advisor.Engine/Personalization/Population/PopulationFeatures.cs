using Advisor.Engine.Catalog;

namespace Advisor.Engine.Personalization.Population;

/// <summary>
/// The population model's input: one dense vector per (context, exercise) with the assessment's
/// one-hot features, the exercise's one-hot id, and its traits (kind, position, regions, equipment,
/// duration). Trees find the crossings between context and exercise themselves.
/// </summary>
internal sealed class PopulationFeatures(ExerciseFeatures exercises)
{
    private readonly int _exerciseAt = AssessmentFeatures.Count;
    private readonly int _traitsAt = AssessmentFeatures.Count + exercises.Exercises.Count;

    /// <summary>The vector's length.</summary>
    public int Length => _traitsAt + exercises.Traits;

    /// <summary>How many exercises the catalog has.</summary>
    public int Exercises => exercises.Exercises.Count;

    /// <summary>
    /// Names the layout: a saved model whose layout differs (another catalog, other features) is
    /// incompatible and must be retrained rather than read wrongly.
    /// </summary>
    public string Layout => $"v1;context={AssessmentFeatures.Count};exercises={string.Join(',', exercises.Exercises.Select(e => e.Id))};traits={exercises.Traits}";

    /// <summary>The indices of the features that are on, ascending: the context's, the exercise's id, its traits.</summary>
    public int[] Indices(ReadOnlySpan<int> context, int exercise)
    {
        int[] traits = exercises.TraitsOf(exercise);
        var indices = new int[context.Length + 1 + traits.Length];
        context.CopyTo(indices);
        indices[context.Length] = _exerciseAt + exercise;
        for (int t = 0; t < traits.Length; t++) indices[context.Length + 1 + t] = _traitsAt + traits[t];
        return indices;
    }
}
