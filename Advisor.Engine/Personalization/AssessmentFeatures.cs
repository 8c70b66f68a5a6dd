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
        var features = new List<int>(8 + assessment.PainPoints.Count + assessment.Conditions.Count) { 0, Settings + (int)assessment.Setting, Days + (int)assessment.Day };
        features.AddRange(assessment.PainPoints.Select(p => Pains + (int)p.Region * SeverityBands + Band(p.Severity)));
        features.AddRange(assessment.Conditions.Select(c => Conditions + (int)c));
        features.AddRange(assessment.InactiveMuscles.Select(m => Inactive + (int)m));
        features.AddRange(assessment.TightMuscles.Select(m => Tight + (int)m));
        return features.Distinct().Order().ToArray();
    }

    /// <summary>Mild (0 to 3), moderate (4 to 6) or severe (7 to 10, G2).</summary>
    private static int Band(int severity) => severity <= 3 ? 0 : severity <= 6 ? 1 : 2;
}
