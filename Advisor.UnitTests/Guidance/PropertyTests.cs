using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Guidance;

/// <summary>
/// Guidelines no routine may ever break, checked over thousands of random valid assessments (and
/// random histories for a share of them) from a fixed seed. A failure prints the assessment and
/// history as JSON, so it can be replayed.
/// </summary>
public sealed class PropertyTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    private const int Seed = 20250312;
    private const int Assessments = 3000;
    private const int ShownFailures = 3;

    [Fact]
    public void No_routine_breaks_the_invariant_guidelines()
    {
        var people = new RandomPeople(Seed, guidance.Catalog.Exercises.Select(e => e.Id).ToArray());
        var shown = new List<string>();
        int failed = 0, referrals = 0, withHistory = 0, cut = 0;
        for (int n = 0; n < Assessments; n++)
        {
            Assessment assessment = people.Assessment();
            History? history = n % 3 == 0 ? people.History() : null;
            if (history is not null) withHistory++;
            Routine routine = guidance.Recommend(assessment, history);
            if (routine.Status == RoutineStatus.Refer) referrals++;
            if (routine.Omitted.Any(o => o.Guidelines.Contains("G41"))) cut++;

            List<string> broken = GuidelineInvariants.Check(guidance, assessment, history, routine);
            if (broken.Count == 0) continue;
            if (++failed > ShownFailures) continue;
            shown.Add($"#{n}: {string.Join("; ", broken)}\n  assessment: {AssessmentJson.Write(assessment)}"
                + (history is null ? "" : $"\n  history: {AssessmentJson.Write(history)}")
                + $"\n  routine: {routine.Describe()}");
        }

        Assert.True(failed == 0, $"{failed} of {Assessments} routines break a guideline (seed {Seed}); the first:\n" + string.Join("\n", shown));
        // The generator must reach the cases the properties are about.
        Assert.InRange(referrals, 50, Assessments / 4);
        Assert.InRange(withHistory, Assessments / 4, Assessments / 2);
        Assert.True(cut > Assessments / 4, $"only {cut} routines had to be cut to fit");
    }

    [Fact]
    public void G5_frustration_never_gives_more()
    {
        var people = new RandomPeople(Seed + 5, guidance.Catalog.Exercises.Select(e => e.Id).ToArray());
        var failures = new List<string>();
        for (int n = 0; n < 400; n++)
        {
            Assessment calm = people.Assessment() with { RedFlags = [] };
            calm = calm with { Conditions = calm.Conditions.Where(c => c != Condition.Frustrated).ToArray() };
            Assessment frustrated = calm with { Conditions = [.. calm.Conditions, Condition.Frustrated] };

            Routine usual = guidance.Recommend(calm);
            Routine slower = guidance.Recommend(frustrated);

            var more = slower.Ids().Except(usual.Ids()).ToArray();
            if (more.Length > 0 || slower.TotalSeconds > usual.TotalSeconds)
            {
                failures.Add($"#{n}: frustrated gets {string.Join(", ", more)} more, {slower.TotalSeconds}s vs {usual.TotalSeconds}s"
                    + $"\n  assessment: {AssessmentJson.Write(frustrated)}\n  usual: {usual.Describe()}\n  frustrated: {slower.Describe()}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of 400 frustrated routines give more (seed {Seed + 5}); the first:\n"
            + string.Join("\n", failures.Take(ShownFailures)));
    }
}
