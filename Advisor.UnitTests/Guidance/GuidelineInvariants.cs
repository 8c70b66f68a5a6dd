using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using Range = Advisor.Engine.Routines.Range;

namespace Advisor.UnitTests.Guidance;

/// <summary>
/// The guidelines no routine may ever break, as one check over an assessment, its history and the
/// routine made for them: used by the property tests of the rules and of the personalizing ranker.
/// </summary>
internal static class GuidelineInvariants
{
    private static readonly Condition[] Sensitive = [Condition.Sensitized, Condition.JointInflammation, Condition.StructuralIssue];

    /// <summary>What the routine breaks, one line per broken guideline; empty when it keeps them all.</summary>
    public static List<string> Check(GuidanceFixture guidance, Assessment assessment, History? history, Routine routine)
    {
        var broken = new List<string>();
        void Require(bool holds, string what)
        {
            if (!holds) broken.Add(what);
        }

        // G1: any red flag means a referral with nothing in it; none means a routine.
        if (assessment.RedFlags.Count > 0)
        {
            Require(routine.Status == RoutineStatus.Refer, "G1: a red flag without a referral");
            Require(routine.Phases.Count == 0 && routine.TotalSeconds == 0, "G1: a referral with phases");
            Require(routine.Message.Contains("consult a health professional", StringComparison.OrdinalIgnoreCase), "G1: the referral does not say to consult a health professional");
            return broken;
        }

        Require(routine.Status == RoutineStatus.Ok, "G1: referral without a red flag");
        IReadOnlyList<RoutineItem> items = routine.Items();
        // G11, G22: without red flags there is always something to do, at least the core-bracing opener.
        Require(items.Count > 0, "an empty routine without a red flag");
        var exercises = new Dictionary<string, Exercise>();
        foreach (RoutineItem item in items)
        {
            Exercise? exercise = guidance.Catalog.Find(item.ExerciseId);
            Require(exercise is not null, $"catalog: '{item.ExerciseId}' is not in the catalog");
            if (exercise is not null) exercises[item.ExerciseId] = exercise;
        }

        if (exercises.Count < items.Count) return broken;
        Require(items.Select(i => i.ExerciseId).Distinct().Count() == items.Count, "an exercise appears twice");
        Require(routine.Omitted.All(o => !exercises.ContainsKey(o.ExerciseId)), "an exercise is both in and omitted");

        // G2: a lot of pain or a sensitive system: everything micro.
        bool everywhere = assessment.PainPoints.Any(p => p.Severity >= 7) || assessment.Conditions.Any(Sensitive.Contains);
        if (everywhere)
        {
            foreach (RoutineItem item in items.Where(i => i.Range != Range.Micro)) broken.Add($"G2: {item.ExerciseId} is {item.Range}");
        }

        // G3: where full range hurts, the exercises loading the region are micro.
        foreach (PainPoint point in assessment.PainPoints.Where(p => p.FullRangePainful))
        {
            foreach (RoutineItem item in items.Where(i => exercises[i.ExerciseId].Regions.Contains(point.Region) && i.Range != Range.Micro))
                broken.Add($"G3: {item.ExerciseId} loads painful {Kebab.Name(point.Region)} but is {item.Range}");
        }

        // G4: pain that rose after the latest routine logging the region regresses it to micro.
        foreach (Region region in RoseLastTime(history))
        {
            foreach (RoutineItem item in items.Where(i => exercises[i.ExerciseId].Regions.Contains(region) && i.Range != Range.Micro))
                broken.Add($"G4: {item.ExerciseId} loads {Kebab.Name(region)}, whose logged pain rose, but is {item.Range}");
        }

        // G6 to G9, G19, G37, G38: the form cues every item of its kind carries.
        foreach (RoutineItem item in items)
        {
            Exercise exercise = exercises[item.ExerciseId];
            RoutinePhase phase = routine.Phases.First(p => p.Items.Contains(item)).Phase;
            if (phase is RoutinePhase.Release or RoutinePhase.Activate or RoutinePhase.Integrate)
                Require(item.HasCue("release even more slowly"), $"G6: {item.ExerciseId} has no slow-release cue");
            bool countable = item.Reps >= 3 && exercise.Dose.Reps >= 3 && exercise.RepetitionSeconds >= 15;
            Require(item.HasCue("8, then 10, then 12") == countable,
                $"G6: {item.ExerciseId} ({item.Sets} x {item.Reps}, {exercise.RepetitionSeconds:0.#}s a repetition) {(countable ? "lacks" : "has")} the release count");
            // A dose is doable as written: never faster than the catalog's pace, never holding longer than it lasts.
            double moving = item.Sets * item.Reps * exercise.RepetitionSeconds * (exercise.OneSided ? 2 : 1);
            int holding = item.Sets * item.Reps * item.HoldSeconds * (exercise.OneSided ? 2 : 1);
            Require(item.Seconds >= Math.Floor(moving) && item.Seconds >= holding,
                $"G41: {item.ExerciseId} is {item.Sets} x {item.Reps} (hold {item.HoldSeconds}s) in {item.Seconds}s, faster than the catalog's {exercise.RepetitionSeconds:0.#}s a repetition");
            if (exercise.Position == Position.Floor) Require(item.HasCue("melt"), $"G7: floor item {item.ExerciseId} has no melt-out cue");
            Require(item.HasCue("exhale", "inhale"), $"G8: {item.ExerciseId} has no breath cue");
            Require(item.BothSides == exercise.OneSided, $"G9: {item.ExerciseId} BothSides is {item.BothSides}");
            if (exercise.OneSided) Require(item.HasCue("mirror"), $"G9: one-sided {item.ExerciseId} has no mirror cue");
            if (phase == RoutinePhase.Strengthen) Require(item.HasCue("never drop the weight"), $"G19: {item.ExerciseId} has no gentle-start cue");
            if (phase == RoutinePhase.CoolDown) Require(item.HasCue("small and controlled"), $"G37: {item.ExerciseId} has no small-and-controlled cue");
            if (phase is RoutinePhase.Activate or RoutinePhase.Strengthen or RoutinePhase.Integrate
                && exercise.Muscles.Any(m => m is Muscle.RotatorCuff or Muscle.GluteMedius or Muscle.ScapularStabilizers or Muscle.Forearms))
                Require(item.HasCue("low intensity"), $"G38: {item.ExerciseId} works a small muscle with no low-intensity cue");
        }

        // G10: desk micro-sets stay under 30 seconds.
        foreach (RoutineItem item in routine.ItemsOf(RoutinePhase.Desk).Where(i => (double)i.Seconds / i.Sets >= 30))
            broken.Add($"G10: desk item {item.ExerciseId} has {item.Seconds}s in {item.Sets} set(s)");

        // G11: the session starts with core bracing.
        Require(items.Count == 0 || items[0].ExerciseId == "transverse-abdominal-bracing", $"G11: the routine starts with {items.FirstOrDefault()?.ExerciseId}");

        // G17: phases in the contract's order, each once; no activation of an inactive muscle without a release of its antagonist.
        var phases = routine.Phases.Select(p => p.Phase).ToArray();
        Require(phases.Zip(phases.Skip(1)).All(p => p.First < p.Second), $"G17: phases out of order: {string.Join(", ", phases)}");
        Require(routine.Phases.All(p => p.Items.Count > 0), "an empty phase");
        foreach (RoutineItem item in routine.ItemsOf(RoutinePhase.Activate))
        {
            var releases = ReleasesNeededBefore(guidance, item.ExerciseId, assessment);
            if (releases.Count == 0) continue;
            // Arch & Flatten releases the lower back as it activates the abdominals (G15, G16): its own release.
            Require(releases.Contains(item.ExerciseId) || routine.ItemsOf(RoutinePhase.Release).Any(r => releases.Contains(r.ExerciseId)),
                $"G17: {item.ExerciseId} activates an inactive muscle without a release of its antagonist");
        }

        var rows = guidance.Catalog.TableRows;
        foreach (RoutineItem item in routine.ItemsOf(RoutinePhase.Integrate))
        {
            var woken = rows.OfType<IntegrationStep>().Where(s => s.ExerciseId == item.ExerciseId && assessment.InactiveMuscles.Contains(s.Muscle)).Select(s => s.Muscle).ToHashSet();
            if (woken.Count == 0) continue;
            // An activation of the muscle: a row of its table, or another activation that works it (G14's Gluteal Release).
            Require(routine.ItemsOf(RoutinePhase.Activate).Any(a => rows.OfType<ActivationStep>().Any(s => s.ExerciseId == a.ExerciseId && woken.Contains(s.Muscle))
                    || exercises[a.ExerciseId].Muscles.Any(woken.Contains)),
                $"G17: {item.ExerciseId} integrates a muscle that was not activated first");
        }

        // G36: a recovery day lasts at most 15 minutes.
        if (assessment.Day == Day.Recovery) Require(routine.TotalSeconds <= 15 * 60, $"G36: a recovery day of {routine.TotalSeconds}s");

        // G40: nothing needs equipment the person lacks (a desk has a chair).
        var kit = assessment.Equipment.Concat(assessment.Setting == Setting.Desk ? [Equipment.Chair] : []).ToHashSet();
        foreach (RoutineItem item in items)
        {
            var missing = exercises[item.ExerciseId].Equipment.Concat(item.Equipment).Where(e => !kit.Contains(e)).Distinct().ToArray();
            if (missing.Length > 0) broken.Add($"G40: {item.ExerciseId} needs {string.Join(", ", missing.Select(Kebab.Name))}");
        }

        // G41: it fits the minutes, and the total is the sum of the items.
        Require(routine.TotalSeconds <= assessment.Minutes * 60, $"G41: {routine.TotalSeconds}s in {assessment.Minutes} minutes");
        Require(routine.TotalSeconds == items.Sum(i => i.Seconds), "G41: the total is not the sum of the items");
        Require(items.All(i => i.Seconds > 0 && i.Sets > 0 && i.Reps > 0), "an item with no time, sets or repetitions");
        CheckMostSevereFirst(guidance, assessment, history, items, broken);

        // G42: every item says why, citing guidelines that exist and whose situation holds for this person.
        foreach (RoutineItem item in items.Where(i => i.Because.Count == 0 || i.Because.Any(r => r.Guidelines.Count == 0)))
            broken.Add($"G42: {item.ExerciseId} does not say why");
        foreach (RoutineItem item in items)
        {
            foreach (Reason reason in item.Because)
            {
                foreach (string misfit in reason.Guidelines.Select(g => GuidelineConditions.Misfit(g, assessment, history)).OfType<string>())
                    broken.Add($"G42: {item.ExerciseId} ('{reason.Rule}'): {misfit}");
            }
        }
        return broken;
    }

    /// <summary>
    /// G41's order: the person's most severe pain point before the rest. An item's <c>serves</c>
    /// names a pain point the person reported; and a routine that keeps something for a less severe
    /// pain point but nothing for the most severe one is only right when even all the minutes
    /// would bring nothing for it.
    /// </summary>
    private static void CheckMostSevereFirst(GuidanceFixture guidance, Assessment assessment, History? history, IReadOnlyList<RoutineItem> items, List<string> broken)
    {
        var severity = assessment.PainPoints.ToDictionary(p => p.Region, p => p.Severity);
        foreach (RoutineItem item in items.Where(i => i.Serves is { } region && !severity.ContainsKey(region)))
            broken.Add($"G41: {item.ExerciseId} serves {Kebab.Name(item.Serves!.Value)}, which is not a pain point");
        if (severity.Count == 0 || broken.Count > 0) return;

        int top = severity.Values.Max();
        bool Top(RoutineItem i) => i.Serves is { } region && severity[region] == top;
        if (items.Any(Top) || !items.Any(i => i.Serves is not null)) return;
        Routine roomy = guidance.Recommend(assessment with { Minutes = 120 }, history);
        if (roomy.Items().Any(Top))
            broken.Add($"G41: with {assessment.Minutes} minutes the routine serves a less severe pain point and not the most severe (severity {top}), which 120 minutes would serve");
    }

    /// <summary>The releases of the tight antagonists of every inactive muscle that <paramref name="exerciseId"/> activates.</summary>
    private static HashSet<string> ReleasesNeededBefore(GuidanceFixture guidance, string exerciseId, Assessment assessment)
    {
        var rows = guidance.Catalog.TableRows;
        var antagonists = rows.OfType<ActivationStep>()
            .Where(a => a.ExerciseId == exerciseId && assessment.InactiveMuscles.Contains(a.Muscle))
            .SelectMany(a => rows.OfType<Antagonist>().Where(x => x.Inactive == a.Muscle).Select(x => x.Tight))
            .ToHashSet();
        return rows.OfType<ReleaseStep>().Where(r => antagonists.Contains(r.Muscle)).Select(r => r.ExerciseId).ToHashSet();
    }

    private static IEnumerable<Region> RoseLastTime(History? history)
    {
        if (history is null) yield break;
        foreach (Region region in Enum.GetValues<Region>())
        {
            var latest = history.Outcomes.Select(l => l.Outcome)
                .LastOrDefault(o => o.PainBefore.ContainsKey(region) && o.PainAfter.ContainsKey(region));
            if (latest is not null && latest.PainAfter[region] > latest.PainBefore[region]) yield return region;
        }
    }
}
