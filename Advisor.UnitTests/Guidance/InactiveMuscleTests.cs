using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Guidance;

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
    public void G12_the_quadriceps_release_lengthens_the_front_of_the_hip()
    {
        string how = guidance.Exercise("quadriceps-release").Instructions;

        Assert.DoesNotContain("toward your chest", how, StringComparison.Ordinal);
        Assert.Contains("heel a little toward your buttock", how, StringComparison.Ordinal);
        Assert.Contains("hip stays straight", how, StringComparison.Ordinal);
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

    [Theory]
    [InlineData(Muscle.Abdominals, null)]
    [InlineData(null, Muscle.LowerBack)]
    [InlineData(Muscle.Abdominals, Muscle.LowerBack)]
    public void G13_a_back_lift_that_carries_the_glute_cue_cites_G13(Muscle? alsoInactive, Muscle? tight)
    {
        var assessment = QuietGlutes with
        {
            InactiveMuscles = alsoInactive is { } m ? [Muscle.Glutes, m] : [Muscle.Glutes],
            TightMuscles = tight is { } t ? [t] : [],
            Minutes = 60,
        };

        RoutineItem lift = guidance.Recommend(assessment).Item("back-lift");

        Assert.True(lift.HasCue("hand on your buttock"), string.Join(" / ", lift.Cues));
        Assert.True(lift.Cites("G13"), string.Join("; ", lift.Because.Select(r => $"{r.Rule} ({string.Join(", ", r.Guidelines)})")));
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
            Assert.True(routine.TotalSeconds <= minutes * 60);
            if (routine.ItemsOf(RoutinePhase.Integrate).Count > 0) Assert.True(activate.Count > 0, $"{minutes} min: integration without activation: {routine.Describe()}");
            if (activate.Count == 0) continue;
            bool released = routine.ItemsOf(RoutinePhase.Release).Any(i => releases.Contains(i.ExerciseId));
            Assert.All(activate, a => Assert.True(released || releases.Contains(a.ExerciseId),
                $"{minutes} min: {a.ExerciseId} activates without a release of the antagonist: {routine.Describe()}"));
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
    public void G17_at_the_desk_the_glutes_are_not_woken_while_their_tight_hip_flexors_cannot_be_released()
    {
        Routine routine = guidance.Recommend(QuietGlutes with { Setting = Setting.Desk, Day = Day.Workday, TightMuscles = [Muscle.HipFlexors], Minutes = 10 });

        Assert.False(routine.Has("isometric-glute-squeeze"), routine.Describe());
        Omission? squeeze = routine.OmissionOf("isometric-glute-squeeze");
        Assert.NotNull(squeeze);
        Assert.Contains("G17", squeeze.Guidelines);
        Assert.DoesNotContain(routine.Schedule ?? [], slot => slot.ExerciseIds.Contains("isometric-glute-squeeze"));
        // Say why, and what to do at home: the release first.
        string home = Assert.Single(routine.Reminders, r => r.Contains("hip flexors", StringComparison.Ordinal));
        Assert.Contains("at home", home, StringComparison.Ordinal);
        Assert.True(home.IndexOf("Iliopsoas Release", StringComparison.Ordinal) >= 0, home);
    }

    [Fact]
    public void G17_at_the_desk_a_glute_squeeze_for_sore_hips_is_kept_when_nothing_is_tight()
    {
        Routine routine = guidance.Recommend(new Assessment { Setting = Setting.Desk, Day = Day.Workday, PainPoints = [new PainPoint(Region.Hips, 3)], Minutes = 10 });

        Assert.True(routine.Has("isometric-glute-squeeze"), routine.Describe());
        Assert.DoesNotContain(routine.Reminders, r => r.Contains("hip flexors", StringComparison.Ordinal));
    }

    [Fact]
    public void G14_the_gluteal_release_activates_the_glutes_after_the_internal_hip_rotators_are_released()
    {
        Routine routine = guidance.Recommend(QuietGlutes with { TightMuscles = [Muscle.InnerThighs], Minutes = 40 });

        Assert.Equal(RoutinePhase.Release, routine.PhaseOf("internal-hip-rotator-release"));
        Assert.Equal(RoutinePhase.Activate, routine.PhaseOf("gluteal-release"));
        Assert.True(routine.Item("gluteal-release").Cites("G14"));
        Assert.True(routine.PositionOf("internal-hip-rotator-release") < routine.PositionOf("gluteal-release"), routine.Describe());
        Assert.True(routine.PositionOf("gluteal-release") < routine.PositionOf("back-lift"), routine.Describe());
        Assert.Contains("contract", guidance.Exercise("gluteal-release").Instructions, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void G14_the_gluteal_release_is_for_glutes_held_back_by_tight_inner_thighs()
    {
        Routine hipFlexors = guidance.Recommend(QuietGlutes with { Minutes = 60 });

        Assert.False(hipFlexors.Has("gluteal-release"), hipFlexors.Describe());
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
