using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.Tests.Guidance;

/// <summary>G12 to G20: release the antagonist, activate, integrate, then strengthen (WAKE).</summary>
public sealed class InactiveMuscleTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    private static readonly Assessment QuietGlutes = new()
    {
        InactiveMuscles = [Muscle.Glutes],
        Equipment = [Equipment.Mat, Equipment.Chair],
        Minutes = 30,
    };

    private static readonly Assessment QuietAbdominals = new()
    {
        InactiveMuscles = [Muscle.Abdominals],
        Equipment = [Equipment.Mat],
        Minutes = 40,
    };

    private static readonly string[] Curls = ["arch-and-curl", "one-sided-arch-and-curl", "diagonal-arch-and-curl", "flowering-arch-and-curl"];

    [Fact]
    public void G12_inactive_glutes_release_hip_flexors_before_activation()
    {
        Routine routine = guidance.Recommend(QuietGlutes);

        IReadOnlyList<RoutineItem> release = routine.ItemsOf(RoutinePhase.Release);
        Assert.Equal("iliopsoas-release", release[0].ExerciseId);
        foreach (string id in new[] { "iliopsoas-release", "hip-rotation", "quadriceps-release" })
        {
            Assert.Equal(RoutinePhase.Release, routine.PhaseOf(id));
            Assert.True(routine.Item(id).Cites("G12"), $"{id} does not cite G12");
            Assert.True(routine.PositionOf(id) < routine.PositionOf("back-lift"), $"{id} comes after the back lift: {routine.Describe()}");
        }

        Assert.True(routine.PositionOf("iliopsoas-release") < routine.PositionOf("hip-rotation"));
        Assert.True(routine.PositionOf("hip-rotation") < routine.PositionOf("quadriceps-release"));
        Assert.Equal(RoutinePhase.Activate, routine.PhaseOf("back-lift"));
    }

    [Fact]
    public void G12_the_helpers_join_the_hip_flexor_release_when_there_is_time()
    {
        Routine routine = guidance.Recommend(QuietGlutes with { Minutes = 60 });

        foreach (string id in new[] { "hip-slides-and-hip-raises", "hip-circles", "flowering-arch-and-curl", "inversion-and-eversion" })
        {
            Assert.Equal(RoutinePhase.Release, routine.PhaseOf(id));
            Assert.True(routine.Item(id).Cites("G12"), $"{id} does not cite G12");
        }
    }

    [Fact]
    public void G13_glutes_are_activated_with_a_gentle_back_lift_and_a_touch_cue()
    {
        Routine routine = guidance.Recommend(QuietGlutes);

        RoutineItem lift = routine.Item("back-lift");
        Assert.Equal(RoutinePhase.Activate, routine.PhaseOf("back-lift"));
        Assert.True(lift.HasCue("few inches", "slowly"), string.Join(" / ", lift.Cues));
        Assert.True(lift.HasCue("hand on your buttock"), string.Join(" / ", lift.Cues));
        Assert.True(lift.HasCue("higher only with full control"), string.Join(" / ", lift.Cues));
        Assert.True(lift.Cites("G13"));
        Assert.True(lift.BothSides);
    }

    [Fact]
    public void G14_tight_inner_thighs_release_the_internal_rotators_before_the_glutes()
    {
        Routine routine = guidance.Recommend(QuietGlutes with { TightMuscles = [Muscle.InnerThighs], Minutes = 60 });

        Assert.Equal(RoutinePhase.Release, routine.PhaseOf("internal-hip-rotator-release"));
        Assert.Equal(RoutinePhase.Release, routine.PhaseOf("gluteal-release"));
        Assert.True(routine.PositionOf("internal-hip-rotator-release") < routine.PositionOf("gluteal-release"), routine.Describe());
        Assert.True(routine.PositionOf("gluteal-release") < routine.PositionOf("back-lift"), routine.Describe());
        Assert.True(routine.Item("internal-hip-rotator-release").Cites("G14"));
        Assert.True(routine.Item("gluteal-release").Cites("G14"));
    }

    [Fact]
    public void G14_without_tight_inner_thighs_the_inner_thigh_chain_is_not_used()
    {
        Routine routine = guidance.Recommend(QuietGlutes with { Minutes = 60 });

        Assert.False(routine.Has("internal-hip-rotator-release"));
        Assert.False(routine.Has("gluteal-release"));
    }

    [Fact]
    public void G15_inactive_abdominals_release_the_lower_back_first()
    {
        Routine routine = guidance.Recommend(QuietAbdominals with { Minutes = 60 });

        IReadOnlyList<RoutineItem> release = routine.ItemsOf(RoutinePhase.Release);
        foreach (string id in new[] { "iliopsoas-release", "lower-back-release", "standing-hamstring-release", "seated-hamstring-release" })
        {
            Assert.Contains(release, i => i.ExerciseId == id);
            Assert.True(routine.Item(id).Cites("G15"), $"{id} does not cite G15");
        }

        // Every exercise G15 names is in the routine; those that also activate are done once, as activation.
        string[] named =
        [
            "arch-and-flatten", "back-lift", "arch-and-curl", "one-sided-arch-and-curl", "iliopsoas-release", "diagonal-arch-and-curl",
            "flowering-arch-and-curl", "lower-back-release", "standing-hamstring-release", "seated-hamstring-release",
        ];
        Assert.All(named, id => Assert.True(routine.Has(id), $"{id} is missing: {routine.Describe()}"));
        Assert.Equal(named.Length, named.Distinct().Count(id => routine.Ids().Count(x => x == id) == 1));
        Assert.True(release.Count > 0 && routine.Phases.Select(p => p.Phase).ToList().IndexOf(RoutinePhase.Release)
            < routine.Phases.Select(p => p.Phase).ToList().IndexOf(RoutinePhase.Activate));
    }

    [Fact]
    public void G16_abdominal_activation_begins_with_arch_and_flatten_then_back_lift_then_curls()
    {
        Routine routine = guidance.Recommend(QuietAbdominals with { Minutes = 60 });

        IReadOnlyList<string> activate = routine.ItemsOf(RoutinePhase.Activate).Select(i => i.ExerciseId).ToArray();
        Assert.Equal("arch-and-flatten", activate[0]);
        Assert.Equal("back-lift", activate[1]);
        Assert.Equal(Curls, activate.Skip(2).Take(4));
        RoutineItem hollowing = routine.Item("arch-and-flatten");
        Assert.True(hollowing.HasCue("hollow", "transverse abdominis"), string.Join(" / ", hollowing.Cues));
        Assert.True(hollowing.Cites("G16"));
    }

    [Fact]
    public void G16_abdominal_activation_keeps_its_order_beside_other_activations()
    {
        var assessment = QuietAbdominals with { InactiveMuscles = [Muscle.Abdominals, Muscle.GluteMedius, Muscle.ScapularStabilizers], Minutes = 90 };

        Routine routine = guidance.Recommend(assessment);

        var activate = routine.ItemsOf(RoutinePhase.Activate).Select(i => i.ExerciseId).ToList();
        var abdominal = activate.Where(id => id is "arch-and-flatten" or "back-lift" || Curls.Contains(id)).ToList();
        Assert.Equal(["arch-and-flatten", "back-lift", .. Curls], abdominal);
    }

    [Fact]
    public void G16_with_glutes_also_inactive_abdominal_activation_still_begins_with_arch_and_flatten()
    {
        var assessment = QuietAbdominals with { InactiveMuscles = [Muscle.Glutes, Muscle.Abdominals], Minutes = 60 };

        Routine routine = guidance.Recommend(assessment);

        Assert.True(routine.PositionOf("arch-and-flatten") < routine.PositionOf("back-lift"), routine.Describe());
    }

    [Fact]
    public void G17_phases_come_release_activate_integrate_strengthen()
    {
        var assessment = QuietGlutes with { WeakMuscles = [Muscle.Calves], Minutes = 60 };

        Routine routine = guidance.Recommend(assessment);

        var phases = routine.Phases.Select(p => p.Phase).ToList();
        Assert.Equal(phases.OrderBy(p => p), phases);
        Assert.Equal(phases.Distinct(), phases);
        Assert.Subset(phases.ToHashSet(), new HashSet<RoutinePhase> { RoutinePhase.Release, RoutinePhase.Activate, RoutinePhase.Integrate, RoutinePhase.Strengthen });
        Assert.True(phases.IndexOf(RoutinePhase.Release) < phases.IndexOf(RoutinePhase.Activate));
        Assert.True(phases.IndexOf(RoutinePhase.Activate) < phases.IndexOf(RoutinePhase.Integrate));
        Assert.True(phases.IndexOf(RoutinePhase.Integrate) < phases.IndexOf(RoutinePhase.Strengthen));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(10)]
    public void G17_when_minutes_are_tight_an_activation_never_appears_without_its_release(int minutes)
    {
        string[] hipFlexorReleases = ["iliopsoas-release", "hip-rotation", "quadriceps-release", "hip-slides-and-hip-raises", "hip-circles", "flowering-arch-and-curl", "inversion-and-eversion"];
        // G15's list: Arch & Flatten and the Back Lift and Curls release the lower back as they wake the abdominals (G16).
        string[] lowerBackReleases = ["arch-and-flatten", "back-lift", "arch-and-curl", "one-sided-arch-and-curl", "iliopsoas-release", "diagonal-arch-and-curl",
            "flowering-arch-and-curl", "lower-back-release", "standing-hamstring-release", "seated-hamstring-release"];

        foreach (Assessment assessment in new[] { QuietGlutes with { Minutes = minutes }, QuietAbdominals with { Minutes = minutes } })
        {
            Routine routine = guidance.Recommend(assessment);
            string[] releases = assessment.InactiveMuscles.Contains(Muscle.Glutes) ? hipFlexorReleases : lowerBackReleases;
            IReadOnlyList<RoutineItem> activate = routine.ItemsOf(RoutinePhase.Activate);
            if (activate.Count == 0) continue;
            bool released = routine.ItemsOf(RoutinePhase.Release).Any(i => releases.Contains(i.ExerciseId));
            Assert.All(activate, a => Assert.True(released || releases.Contains(a.ExerciseId),
                $"{minutes} min: {a.ExerciseId} activates without a release of the antagonist: {routine.Describe()}"));
            if (routine.ItemsOf(RoutinePhase.Integrate).Count > 0) Assert.NotEmpty(activate);
            Assert.True(routine.TotalSeconds <= minutes * 60);
        }
    }

    [Fact]
    public void G17_an_activation_whose_release_cannot_be_done_is_left_out_with_why()
    {
        // At the desk the floor releases are out, so the integration waiting on them is out too.
        Routine routine = guidance.Recommend(QuietGlutes with { Setting = Setting.Desk });

        Assert.False(routine.Has("back-lift"));
        Assert.False(routine.Has("hip-crease-pick-up"));
        Omission? integration = routine.OmissionOf("hip-crease-pick-up");
        Assert.NotNull(integration);
        Assert.Contains("G17", integration.Guidelines);
    }

    [Fact]
    public void G18_woken_glutes_are_integrated_with_the_hip_crease_pick_up_and_knee_to_chest()
    {
        Routine routine = guidance.Recommend(QuietGlutes with { Minutes = 40 });

        IReadOnlyList<RoutineItem> integrate = routine.ItemsOf(RoutinePhase.Integrate);
        Assert.Contains(integrate, i => i.ExerciseId == "hip-crease-pick-up");
        Assert.Contains(integrate, i => i.ExerciseId == "knee-to-chest-rocking");
        RoutineItem pickUp = routine.Item("hip-crease-pick-up");
        Assert.True(pickUp.BothSides, "the pick-up is practised on each side");
        Assert.Contains(Equipment.Chair, pickUp.Equipment);
        Assert.All(integrate, item => Assert.True(item.Cites("G18"), $"{item.ExerciseId} does not cite G18"));
        Assert.True(routine.PositionOf("back-lift") < routine.PositionOf("hip-crease-pick-up"));
    }

    [Fact]
    public void G18_woken_abdominals_are_kept_released_and_neutral_rather_than_braced()
    {
        Routine routine = guidance.Recommend(QuietAbdominals);

        Assert.Contains(routine.Reminders, r => r.Contains("lower back released", StringComparison.OrdinalIgnoreCase)
            && r.Contains("pelvis neutral", StringComparison.OrdinalIgnoreCase)
            && r.Contains("rather than bracing", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(guidance.Recommend(QuietGlutes).Reminders, r => r.Contains("pelvis neutral", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void G19_strengthening_starts_gently_and_releases_slowly()
    {
        var assessment = new Assessment { WeakMuscles = [Muscle.Glutes, Muscle.Abdominals], Minutes = 30 };

        Routine routine = guidance.Recommend(assessment);

        IReadOnlyList<RoutineItem> strengthen = routine.ItemsOf(RoutinePhase.Strengthen);
        Assert.NotEmpty(strengthen);
        Assert.All(strengthen, item =>
        {
            Assert.True(item.HasCue("slow, gentle first set"), $"{item.ExerciseId}: {string.Join(" / ", item.Cues)}");
            Assert.True(item.HasCue("release every contraction slowly", "never drop the weight"), item.ExerciseId);
            Assert.True(item.Cites("G19"), $"{item.ExerciseId} does not cite G19");
        });
    }

    [Fact]
    public void G20_a_weak_muscle_that_fires_gets_progressive_strengthening_with_rest_days()
    {
        Routine routine = guidance.Recommend(new Assessment { WeakMuscles = [Muscle.Glutes], Minutes = 20 });

        Assert.Equal(RoutinePhase.Strengthen, routine.PhaseOf("glute-bridge"));
        Assert.Equal(RoutinePhase.Strengthen, routine.PhaseOf("single-leg-romanian-deadlift"));
        Assert.True(routine.Item("glute-bridge").Cites("G20"));
        Assert.Contains(routine.Reminders, r => r.Contains("rest day", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(routine.ItemsOf(RoutinePhase.Activate));
    }

    [Fact]
    public void G20_a_weak_and_inactive_muscle_is_woken_before_it_is_strengthened()
    {
        Routine routine = guidance.Recommend(QuietGlutes with { WeakMuscles = [Muscle.Glutes], Minutes = 60 });

        Assert.Empty(routine.ItemsOf(RoutinePhase.Strengthen));
        Assert.False(routine.Has("glute-bridge"));
        Assert.False(routine.Has("single-leg-romanian-deadlift"));
        Assert.True(routine.Has("back-lift"));
        Assert.True(routine.Has("iliopsoas-release"));
    }

    [Fact]
    public void G20_after_activation_has_gone_well_twice_strengthening_may_start()
    {
        History progress = Logs.Daily(Logs.Rated(("back-lift", Rating.Right)), Logs.Rated(("back-lift", Rating.Effortless)));
        History struggling = Logs.Daily(Logs.Rated(("back-lift", Rating.TooHard)), Logs.Rated(("back-lift", Rating.Right)));
        var assessment = QuietGlutes with { WeakMuscles = [Muscle.Glutes], Minutes = 60 };

        Routine after = guidance.Recommend(assessment, progress);
        Routine notYet = guidance.Recommend(assessment, struggling);

        Assert.Equal(RoutinePhase.Strengthen, after.PhaseOf("glute-bridge"));
        Assert.True(after.Item("glute-bridge").Cites("G17") || after.Item("glute-bridge").Cites("G20"));
        Assert.True(after.PositionOf("back-lift") < after.PositionOf("glute-bridge"));
        Assert.Empty(notYet.ItemsOf(RoutinePhase.Strengthen));
    }
}
