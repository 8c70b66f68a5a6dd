using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Facts;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Personalization;

/// <summary>
/// The ranker chooses and orders only among what the rules mark interchangeable (G12's "help too",
/// the later items of a list): every first-line item of the rules' routine is in the personalized
/// one, in the rules' order, and the order the rules fix still holds; switched off, the routine is
/// the rules' routine exactly. Properties over random people and histories, for a ranker that
/// shuffles within the fixed pairs and for one that has learned from random outcomes.
/// </summary>
public sealed class FirstLineTests
{
    private const int Seed = 1212;
    private const int Assessments = 800;
    private static readonly string[][] Chains =
    [
        ["arch-and-flatten", "back-lift", "arch-and-curl", "one-sided-arch-and-curl", "diagonal-arch-and-curl", "flowering-arch-and-curl"],
        ["internal-hip-rotator-release", "gluteal-release"],
    ];

    [Theory]
    [InlineData("shuffling")]
    [InlineData("learned")]
    public void Personalization_keeps_every_first_line_item_and_the_rules_order(string kind)
    {
        IRanker ranker = kind == "shuffling" ? new ShufflingRanker(Seed) : Learned();
        var off = Rankers.Fresh(new RankerOptions { Enabled = false, Seed = Seed });
        Rankers.Train(off, 100, Seed);
        Recommender rulesOnly = Rankers.With(null), personalized = Rankers.With(ranker), switchedOff = Rankers.With(off);
        var failures = new List<string>();
        int withFirstLine = 0, reordered = 0;
        foreach ((int n, Assessment assessment, History? history) in RandomPeople.OverTheCatalog(Seed).EveryThirdWithHistory(Assessments))
        {
            string? person = n % 4 == 0 ? null : $"person-{n % 12}";
            Recommendation rules = rulesOnly.Recommend(assessment, history, $"first-line-{n}");
            Routine routine = personalized.Recommend(assessment, history, $"first-line-{n}", person).Routine;
            Routine offRoutine = switchedOff.Recommend(assessment, history, $"first-line-{n}", person).Routine;

            var broken = new List<string>();
            if (RoutineJson.Write(offRoutine) != RoutineJson.Write(rules.Routine)) broken.Add("switched off, the routine is not the rules' routine");
            var firstLine = FirstLine(rules).Where(rules.Routine.Has).ToArray();
            if (firstLine.Length > 0) withFirstLine++;
            if (!rules.Routine.Ids().SequenceEqual(routine.Ids())) reordered++;
            broken.AddRange(firstLine.Where(id => !routine.Has(id)).Select(id => $"first-line {id} was dropped"));
            var kept = routine.Ids().Where(firstLine.Contains).ToArray();
            if (!kept.SequenceEqual(firstLine.OrderBy(rules.Routine.PositionOf))) broken.Add($"first-line items out of the rules' order: {string.Join(", ", kept)}");
            broken.AddRange(OrderBroken(routine, rules.Routine));
            broken.AddRange(GuidelineInvariants.Check(GuidanceFixture.Shared, assessment, history, routine));
            if (broken.Count > 0 && failures.Count < 3)
                failures.Add(Counterexample.Describe(n, person, broken, assessment, rules.Routine, routine));
        }

        Assert.True(failures.Count == 0, $"A {kind} ranker leaves the first-line bounds (seed {Seed}); the first:\n" + string.Join("\n", failures));
        // The property must meet routines with first-line items and orders that differ from the rules'.
        Assert.True(withFirstLine > Assessments / 3, $"only {withFirstLine} of {Assessments} rules' routines hold a first-line item");
        Assert.True(reordered > Assessments / 5, $"only {reordered} of {Assessments} personalized routines differ from the rules'");
    }

    [Fact]
    public void The_rules_mark_the_primary_hip_flexor_releases_first_line_and_the_others_interchangeable()
    {
        Assessment glutes = new() { InactiveMuscles = [Muscle.Glutes], Minutes = 60, Equipment = [Equipment.Mat] };

        var releases = Rankers.With(null).Recommend(glutes, routineId: "marked").Conclusions.Query<Candidate>()
            .Where(c => c.Phase == RoutinePhase.Release && c.Target == Muscle.HipFlexors)
            .ToLookup(c => c.Line, c => c.ExerciseId);

        Assert.Equal(["iliopsoas-release", "hip-rotation", "quadriceps-release"], releases[Line.FirstLine].OrderBy(Order).ToArray());
        Assert.Equal(["hip-slides-and-hip-raises", "hip-circles", "flowering-arch-and-curl", "inversion-and-eversion"], releases[Line.Interchangeable].OrderBy(Order).ToArray());
    }

    /// <summary>The exercises some rule proposed as first-line for this person.</summary>
    private static HashSet<string> FirstLine(Recommendation recommendation) =>
        recommendation.Conclusions.Query<Candidate>().Where(c => c.Line == Line.FirstLine).Select(c => c.ExerciseId).ToHashSet();

    /// <summary>
    /// The order the rules fix, whatever the ranker does: phases in order (release before activation,
    /// G17), and a chain's first step where the rules put it against the later steps (Arch &amp; Flatten and
    /// the Back Lift and curls, G16; the Internal Hip Rotator Release and the Gluteal Release, G14).
    /// </summary>
    private static IEnumerable<string> OrderBroken(Routine routine, Routine rules)
    {
        if (!routine.Phases.Select(p => p.Phase).SequenceEqual(routine.Phases.Select(p => p.Phase).Order())) yield return "phases out of order";
        foreach (string[] chain in Chains)
        {
            string first = chain[0];
            if (!routine.Has(first) || !rules.Has(first)) continue;
            foreach (string later in chain[1..].Where(id => routine.Has(id) && rules.Has(id)))
            {
                if ((routine.PositionOf(first) < routine.PositionOf(later)) != (rules.PositionOf(first) < rules.PositionOf(later)))
                    yield return $"{first}, the chain's first step, moved across {later}";
            }
        }
    }

    private static int Order(string hipFlexorRelease) =>
        GuidanceFixture.Shared.Catalog.Tables.ReleasesOf(Muscle.HipFlexors).Single(r => r.ExerciseId == hipFlexorRelease).Order;

    private static ThompsonRanker Learned()
    {
        var ranker = Rankers.Fresh(new RankerOptions { Seed = Seed });
        ranker.UsePopulation(Rankers.Population(Rankers.Train(ranker, 400, Seed)));
        return ranker;
    }
}
