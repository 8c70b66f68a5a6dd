using Advisor.Engine.Assessments;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Personalization;

/// <summary>How a property over random people reports one it failed for: enough to rebuild the case by hand.</summary>
internal static class Counterexample
{
    /// <summary>The <paramref name="n"/>th person, what broke, what they said, and the rules' and the personalized routine.</summary>
    public static string Describe(int n, string? person, IEnumerable<string> broken, Assessment assessment, Routine rules, Routine personalized) =>
        $"#{n} ({person ?? "anonymous"}): {string.Join("; ", broken)}\n  assessment: {AssessmentJson.Write(assessment)}\n  rules: {rules.Describe()}\n  personalized: {personalized.Describe()}";
}
