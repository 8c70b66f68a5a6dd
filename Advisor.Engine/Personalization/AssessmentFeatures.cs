using Advisor.Engine.Assessments;

namespace Advisor.Engine.Personalization;

/// <summary>
/// What the ranker reads from an assessment, as one-hot features: a constant, the setting, the day,
/// each pain point's region with a severity band, the conditions, and the inactive and tight
/// muscles. People who share these are "people like them" for the shared model.
/// </summary>
internal static class AssessmentFeatures
{
    private const int SeverityBands = 3;
    private static readonly int Settings = 1;
    private static readonly int Days = Settings + Enum.GetValues<Setting>().Length;
    private static readonly int Pains = Days + Enum.GetValues<Day>().Length;
    private static readonly int Conditions = Pains + Enum.GetValues<Region>().Length * SeverityBands;
    private static readonly int Inactive = Conditions + Enum.GetValues<Condition>().Length;
    private static readonly int Tight = Inactive + Enum.GetValues<Muscle>().Length;

    /// <summary>How many features there are.</summary>
    public static readonly int Count = Tight + Enum.GetValues<Muscle>().Length;

    /// <summary>The assessment's features, ascending and distinct.</summary>
    public static int[] Of(Assessment assessment)
    {
        // Marks, then collects in order: no sorting, and one allocation, as learning reads this for every outcome.
        Span<bool> present = stackalloc bool[Count];
        present[0] = true;
        present[Settings + (int)assessment.Setting] = true;
        present[Days + (int)assessment.Day] = true;
        foreach (PainPoint pain in assessment.PainPoints) present[Pains + (int)pain.Region * SeverityBands + Band(pain.Severity)] = true;
        foreach (Condition condition in assessment.Conditions) present[Conditions + (int)condition] = true;
        foreach (Muscle muscle in assessment.InactiveMuscles) present[Inactive + (int)muscle] = true;
        foreach (Muscle muscle in assessment.TightMuscles) present[Tight + (int)muscle] = true;
        var features = new int[present.Count(true)];
        for (int feature = 0, at = 0; feature < Count; feature++)
        {
            if (present[feature]) features[at++] = feature;
        }

        return features;
    }

    /// <summary>Mild (0 to 3), moderate (4 to 6) or severe (7 to 10, G2).</summary>
    private static int Band(int severity) => severity <= 3 ? 0 : severity <= 6 ? 1 : 2;
}
