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

        var people = RandomPeople.OverTheCatalog(seed);
        for (int n = 0; n < random; n++)
        {
            Assessment assessment = people.Assessment();
            yield return ($"random #{n} (seed {seed})", assessment, n % 3 == 0 ? people.History() : null);
        }
    }
}
