using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Personalization;

/// <summary>Assessments to compare routines over: the twenty examples, then random ones (a third with a history).</summary>
internal static class Examples
{
    public static IEnumerable<(string Name, Assessment Assessment, History? History)> AndRandom(int random, int seed)
    {
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            yield return (Path.GetFileName(file), AssessmentReader.Read(File.ReadAllText(file)), null);
        }

        foreach ((int n, Assessment assessment, History? history) in RandomPeople.OverTheCatalog(seed).EveryThirdWithHistory(random))
            yield return ($"random #{n} (seed {seed})", assessment, history);
    }
}
