using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using Range = Advisor.Engine.Routines.Range;

namespace Advisor.UnitTests.Guidance;

/// <summary>G1 to G5: screening, micromovements, range that follows logged pain, no forcing.</summary>
public sealed class SafetyTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    private static readonly Assessment KneesAndHips = new()
    {
        PainPoints = [new PainPoint(Region.Knees, 4)],
        TightMuscles = [Muscle.Quadriceps, Muscle.Hamstrings],
        Minutes = 30,
    };

    [Theory]
    [InlineData(RedFlag.SharpPain)]
    [InlineData(RedFlag.Dizziness)]
    [InlineData(RedFlag.PersistentDiscomfort)]
    public void G1_any_red_flag_means_no_routine_and_a_referral(RedFlag flag)
    {
        var assessment = new Assessment
        {
            RedFlags = [flag],
            PainPoints = [new PainPoint(Region.Neck, 3)],
            InactiveMuscles = [Muscle.Glutes],
            Setting = Setting.Desk,
            Minutes = 30,
        };

        Routine routine = guidance.Recommend(assessment);

        Assert.Equal(RoutineStatus.Refer, routine.Status);
        Assert.Empty(routine.Phases);
        Assert.Equal(0, routine.TotalSeconds);
        Assert.Null(routine.Schedule);
        Assert.Null(routine.IntervalMinutes);
        Assert.Contains("consult a health professional", routine.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pause", routine.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Kebab.Name(flag), routine.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void G1_a_referral_explains_why_an_exercise_is_not_given()
    {
        var assessment = new Assessment { RedFlags = [RedFlag.Dizziness], InactiveMuscles = [Muscle.Glutes] };

        ExerciseExplanation why = guidance.Recommendation(assessment).Explain("back-lift");

        Assert.False(why.Included);
        Assert.Contains(why.WhyNot, note => note.Contains("G1", StringComparison.Ordinal));
    }

    [Fact]
    public void G1_without_red_flags_there_is_a_routine()
    {
        Routine routine = guidance.Recommend(new Assessment { PainPoints = [new PainPoint(Region.Neck, 3)] });

        Assert.Equal(RoutineStatus.Ok, routine.Status);
        Assert.NotEmpty(routine.Phases);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(10)]
    public void G2_a_lot_of_pain_makes_every_item_micro_and_leaves_out_what_cannot_be_micro(int severity)
    {
        var assessment = new Assessment
        {
            PainPoints = [new PainPoint(Region.LowerBack, severity)],
            WeakMuscles = [Muscle.Abdominals],
            Conditions = [Condition.LeftRightImbalance],
            TightMuscles = [Muscle.HipFlexors],
            Minutes = 60,
        };

        Routine routine = guidance.Recommend(assessment);

        Assert.Equal(RoutineStatus.Ok, routine.Status);
        Assert.NotEmpty(routine.Items());
        Assert.All(routine.Items(), item => Assert.Equal(Range.Micro, item.Range));
        Assert.All(routine.Items(), item => Assert.True(item.Cites("G2"), $"{item.ExerciseId} does not cite G2"));
        Assert.All(routine.Items(), item => Assert.True(item.HasCue("inch or two"), $"{item.ExerciseId} has no micromovement cue"));
        Assert.Contains("micromovement", routine.Message, StringComparison.OrdinalIgnoreCase);
        foreach (string notMicro in new[] { "plank", "single-leg-romanian-deadlift" })
        {
            Assert.False(routine.Has(notMicro), $"{notMicro} has no micro version yet is in the routine");
            Omission? omission = routine.OmissionOf(notMicro);
            Assert.NotNull(omission);
            Assert.Contains("micromovement", omission.Reason, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("G2", omission.Guidelines);
        }
    }

    [Theory]
    [InlineData(Condition.Sensitized)]
    [InlineData(Condition.JointInflammation)]
    [InlineData(Condition.StructuralIssue)]
    public void G2_sensitized_inflamed_or_structural_makes_every_item_micro(Condition condition)
    {
        var assessment = new Assessment
        {
            PainPoints = [new PainPoint(Region.Hips, 2)],
            InactiveMuscles = [Muscle.Glutes],
            Conditions = [condition, Condition.LeftRightImbalance],
            Day = Day.LowerBody,
            Equipment = [Equipment.Band, Equipment.Chair],
            Minutes = 40,
        };

        Routine routine = guidance.Recommend(assessment);

        Assert.NotEmpty(routine.Items());
        Assert.All(routine.Items(), item => Assert.Equal(Range.Micro, item.Range));
        Assert.False(routine.Has("banded-lateral-walk"));
        Assert.False(routine.Has("single-leg-romanian-deadlift"));
        Assert.NotNull(routine.OmissionOf("single-leg-romanian-deadlift"));
    }

    [Fact]
    public void G2_moderate_pain_alone_keeps_full_range()
    {
        var assessment = KneesAndHips with { PainPoints = [new PainPoint(Region.Knees, 6)] };

        Routine routine = guidance.Recommend(assessment);

        Assert.All(routine.Items(), item => Assert.Equal(Range.Full, item.Range));
    }

    [Fact]
    public void G3_full_range_pain_in_the_knees_makes_the_knee_exercises_micro_and_only_those()
    {
        var assessment = new Assessment
        {
            PainPoints = [new PainPoint(Region.Knees, 5, FullRangePainful: true)],
            TightMuscles = [Muscle.Quadriceps, Muscle.Hamstrings],
            WeakMuscles = [Muscle.Abdominals],
            Conditions = [Condition.LeftRightImbalance],
            Minutes = 60,
        };

        Routine routine = guidance.Recommend(assessment);

        var loadsKnees = routine.Items().Where(i => guidance.Exercise(i.ExerciseId).Regions.Contains(Region.Knees)).ToArray();
        var others = routine.Items().Where(i => !guidance.Exercise(i.ExerciseId).Regions.Contains(Region.Knees)).ToArray();
        Assert.Contains(loadsKnees, i => i.ExerciseId == "quadriceps-release");
        Assert.Contains(loadsKnees, i => i.ExerciseId == "standing-hamstring-release");
        Assert.Contains(others, i => i.ExerciseId == "transverse-abdominal-bracing");
        Assert.All(loadsKnees, item => Assert.Equal(Range.Micro, item.Range));
        Assert.All(loadsKnees, item => Assert.True(item.Cites("G3"), $"{item.ExerciseId} does not cite G3"));
        Assert.All(others, item => Assert.Equal(Range.Full, item.Range));
        // A knee exercise with no micro version is left out; one that spares the knees stays, full.
        Assert.False(routine.Has("single-leg-romanian-deadlift"));
        Assert.NotNull(routine.OmissionOf("single-leg-romanian-deadlift"));
        Assert.Equal(Range.Full, routine.Item("plank").Range);
    }

    [Fact]
    public void G3_with_a_sore_neck_the_curls_say_not_to_pull_on_the_head()
    {
        var abdominals = new Assessment { InactiveMuscles = [Muscle.Abdominals], Equipment = [Equipment.Mat], Minutes = 60 };

        Routine sore = guidance.Recommend(abdominals with { PainPoints = [new PainPoint(Region.Neck, 3)] });
        Routine easy = guidance.Recommend(abdominals);

        var curls = sore.Items().Where(i => i.ExerciseId.EndsWith("arch-and-curl", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(curls);
        Assert.All(curls, curl => Assert.True(curl.HasCue("do not pull on it"), $"{curl.ExerciseId}: {string.Join(" / ", curl.Cues)}"));
        Assert.DoesNotContain(easy.Items(), i => i.HasCue("do not pull on it"));
    }

    [Fact]
    public void G3_where_the_wrists_hurt_through_their_range_the_finger_extension_stretch_is_micro()
    {
        var desk = new Assessment { Setting = Setting.Desk, Day = Day.Workday, Minutes = 10, PainPoints = [new PainPoint(Region.Wrists, 4, FullRangePainful: true)] };

        Routine routine = guidance.Recommend(desk);

        Assert.Equal(Range.Micro, routine.Item("finger-extension-stretch").Range);
    }

    [Fact]
    public void G4_pain_that_rose_after_the_last_routine_makes_that_region_micro()
    {
        History rose = Logs.Daily(Logs.Pain(Region.Knees, 3, 5));

        Routine before = guidance.Recommend(KneesAndHips);
        Routine after = guidance.Recommend(KneesAndHips, rose);

        Assert.Equal(Range.Full, before.Item("quadriceps-release").Range);
        foreach (RoutineItem item in after.Items())
        {
            bool loadsKnees = guidance.Exercise(item.ExerciseId).Regions.Contains(Region.Knees);
            Assert.True((loadsKnees ? Range.Micro : Range.Full) == item.Range, $"{item.ExerciseId} is {item.Range}: {after.Describe()}");
            if (loadsKnees) Assert.True(item.Cites("G4"), $"{item.ExerciseId} does not cite G4");
        }
    }

    [Fact]
    public void G4_pain_that_rose_in_an_earlier_routine_but_fell_since_is_not_a_regression()
    {
        History history = Logs.Daily(Logs.Pain(Region.Knees, 3, 5), Logs.Pain(Region.Knees, 5, 2));

        Routine routine = guidance.Recommend(KneesAndHips with { PainPoints = [new PainPoint(Region.Knees, 2)] }, history);

        Assert.DoesNotContain(routine.Items(), i => i.Range == Range.Micro && i.Cites("G4"));
    }

    [Fact]
    public void G4_falling_pain_over_two_routines_under_micro_cues_the_range_to_grow()
    {
        var assessment = KneesAndHips with { PainPoints = [new PainPoint(Region.Knees, 3, FullRangePainful: true)] };
        History falling = Logs.Daily(Logs.Pain(Region.Knees, 6, 5), Logs.Pain(Region.Knees, 5, 3));

        Routine routine = guidance.Recommend(assessment, falling);
        Routine without = guidance.Recommend(assessment);

        RoutineItem quadriceps = routine.Item("quadriceps-release");
        Assert.Equal(Range.Micro, quadriceps.Range);
        Assert.True(quadriceps.HasCue("grow"), string.Join(" / ", quadriceps.Cues));
        Assert.DoesNotContain(routine.Items(), i => !guidance.Exercise(i.ExerciseId).Regions.Contains(Region.Knees) && i.HasCue("grow"));
        Assert.DoesNotContain(without.Items(), i => i.HasCue("grow"));
    }

    [Fact]
    public void G4_rising_pain_never_grows_the_range()
    {
        var assessment = KneesAndHips with { PainPoints = [new PainPoint(Region.Knees, 5, FullRangePainful: true)] };
        History rising = Logs.Daily(Logs.Pain(Region.Knees, 6, 4), Logs.Pain(Region.Knees, 4, 6));

        Routine routine = guidance.Recommend(assessment, rising);

        Assert.Equal(Range.Micro, routine.Item("quadriceps-release").Range);
        Assert.DoesNotContain(routine.Items(), i => i.HasCue("grow"));
    }

    [Fact]
    public void G4_after_a_regression_the_range_grows_back_gradually_not_at_once()
    {
        // Pain rose after routine 1 (regressed to micro), then fell a little after routine 2: the
        // range should grow gradually from micro (still micro, with a grow cue), not jump to full.
        History history = Logs.Daily(Logs.Pain(Region.Knees, 3, 5), Logs.Pain(Region.Knees, 5, 4));

        Routine routine = guidance.Recommend(KneesAndHips, history);

        RoutineItem quadriceps = routine.Item("quadriceps-release");
        Assert.True(quadriceps.Range == Range.Small, $"quadriceps-release is {quadriceps.Range}: {routine.Describe()}");
        Assert.True(quadriceps.HasCue("grow"), string.Join(" / ", quadriceps.Cues));
        Assert.True(quadriceps.Cites("G4"));
    }

    [Fact]
    public void G4_after_all_micro_under_much_pain_the_range_grows_a_step_before_it_is_full()
    {
        var lowerBack = new Assessment { PainPoints = [new PainPoint(Region.LowerBack, 6)], Equipment = [Equipment.Mat], Minutes = 30 };
        History fromEight = Logs.Daily(Logs.Pain(Region.LowerBack, 8, 6));
        History thenFive = Logs.Daily(Logs.Pain(Region.LowerBack, 8, 6), Logs.Pain(Region.LowerBack, 6, 5));

        Routine next = guidance.Recommend(lowerBack, fromEight);
        Routine after = guidance.Recommend(lowerBack with { PainPoints = [new PainPoint(Region.LowerBack, 5)] }, thenFive);

        var loading = next.Items().Where(i => guidance.Exercise(i.ExerciseId).Regions.Contains(Region.LowerBack) && guidance.Exercise(i.ExerciseId).MicroCapable).ToList();
        Assert.NotEmpty(loading);
        Assert.All(loading, item =>
        {
            Assert.True(item.Range == Range.Small, $"{item.ExerciseId} is {item.Range}: {next.Describe()}");
            Assert.True(item.Cites("G4"), $"{item.ExerciseId} does not say why its range is small");
        });
        Assert.DoesNotContain(after.Items(), i => i.Range != Range.Full);
    }

    [Fact]
    public void G4_after_a_rise_the_range_is_full_only_once_pain_is_below_its_level_before_the_rise()
    {
        Outcome[] back = [Logs.Pain(Region.Knees, 4, 6), Logs.Pain(Region.Knees, 6, 5), Logs.Pain(Region.Knees, 5, 4)];

        Routine level = guidance.Recommend(KneesAndHips, Logs.Daily(back));
        Routine below = guidance.Recommend(KneesAndHips with { PainPoints = [new PainPoint(Region.Knees, 3)] }, Logs.Daily([.. back, Logs.Pain(Region.Knees, 4, 3)]));

        Assert.Equal(Range.Small, level.Item("quadriceps-release").Range);
        Assert.Equal(Range.Full, below.Item("quadriceps-release").Range);
    }

    private static readonly Assessment QuietAbdominals = new()
    {
        InactiveMuscles = [Muscle.Abdominals],
        TightMuscles = [Muscle.LowerBack],
        Minutes = 15,
    };

    [Fact]
    public void G5_a_frustrated_person_is_told_to_slow_down_with_fewer_repetitions()
    {
        Routine usual = guidance.Recommend(QuietAbdominals);
        Routine slower = guidance.Recommend(QuietAbdominals with { Conditions = [Condition.Frustrated] });

        Assert.Contains("slow down", slower.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("slow down", usual.Message, StringComparison.OrdinalIgnoreCase);
        foreach (RoutineItem item in slower.Items().Where(i => usual.Has(i.ExerciseId)))
        {
            RoutineItem before = usual.Item(item.ExerciseId);
            Assert.True(item.Reps < before.Reps || item.Reps == 1, $"{item.ExerciseId}: {item.Reps} reps frustrated vs {before.Reps}");
            Assert.True(item.Sets <= before.Sets && item.HoldSeconds <= before.HoldSeconds, item.ExerciseId);
        }
    }

    [Fact]
    public void G5_a_frustrated_person_is_given_no_more_exercises()
    {
        Routine usual = guidance.Recommend(QuietAbdominals);
        Routine slower = guidance.Recommend(QuietAbdominals with { Conditions = [Condition.Frustrated] });

        Assert.True(slower.TotalSeconds <= usual.TotalSeconds, $"{slower.TotalSeconds}s frustrated vs {usual.TotalSeconds}s");
        var more = slower.Ids().Except(usual.Ids()).ToArray();
        Assert.True(more.Length == 0, $"frustrated gets more: {string.Join(", ", more)}\n usual: {usual.Describe()}\n frustrated: {slower.Describe()}");
    }

    [Fact]
    public void G5_frustration_logged_after_the_last_routine_slows_down_and_stops_progression()
    {
        var assessment = new Assessment { PainPoints = [new PainPoint(Region.Neck, 3)], Setting = Setting.Desk, Minutes = 10 };
        History history = Logs.Daily(
            Logs.Rated(("cervical-nod", Rating.Effortless)) with { Conditions = [Condition.Frustrated] });

        Routine routine = guidance.Recommend(assessment, history);
        Routine usual = guidance.Recommend(assessment);

        Assert.Contains("slow down", routine.Message, StringComparison.OrdinalIgnoreCase);
        RoutineItem nod = routine.Item("cervical-nod");
        Assert.True(nod.HoldSeconds <= usual.Item("cervical-nod").HoldSeconds, "an effortless rating must not add hold time while frustrated");
        Assert.DoesNotContain(nod.Cues, c => c.Contains("Effortless", StringComparison.OrdinalIgnoreCase));
        Assert.True(routine.TotalSeconds <= usual.TotalSeconds);
    }
}
