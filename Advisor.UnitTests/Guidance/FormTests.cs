using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Guidance;

/// <summary>G6 to G11: tempo, melting out, breath, mirroring, short desk sets, the bracing start.</summary>
public sealed class FormTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    /// <summary>Floor, seated and standing work, one- and two-sided, release to strengthen.</summary>
    private static readonly Assessment Varied = new()
    {
        InactiveMuscles = [Muscle.Glutes],
        TightMuscles = [Muscle.Hamstrings],
        WeakMuscles = [Muscle.Calves],
        Conditions = [Condition.LeftRightImbalance],
        PainPoints = [new PainPoint(Region.Neck, 3)],
        Equipment = [Equipment.Chair],
        Minutes = 60,
    };

    [Fact]
    public void G6_release_activation_and_integration_are_slow_and_long_releases_count_up()
    {
        Routine routine = guidance.Recommend(Varied);

        var somatic = routine.Phases
            .Where(p => p.Phase is RoutinePhase.Release or RoutinePhase.Activate or RoutinePhase.Integrate)
            .SelectMany(p => p.Items).ToArray();
        Assert.Contains(somatic, i => i.ExerciseId == "back-lift");
        Assert.Contains(somatic, i => i.ExerciseId == "iliopsoas-release");
        Assert.All(somatic, item => Assert.True(item.HasCue("release even more slowly"), $"{item.ExerciseId}: {string.Join(" / ", item.Cues)}"));
        // The count needs three repetitions long enough to count to 12 (the catalog's pace), not every item.
        foreach (string id in new[] { "back-lift", "iliopsoas-release" })
            Assert.True(routine.Item(id).HasCue("8, then 10, then 12"), $"{id}: {string.Join(" / ", routine.Item(id).Cues)}");
        Assert.All(routine.Items().Where(i => guidance.Exercise(i.ExerciseId).RepetitionSeconds < 15), item =>
            Assert.False(item.HasCue("8, then 10, then 12"), $"{item.ExerciseId}: {string.Join(" / ", item.Cues)}"));
    }

    [Fact]
    public void G7_every_floor_exercise_ends_with_seconds_of_melting_out()
    {
        Routine routine = guidance.Recommend(Varied);

        var floor = routine.Items().Where(i => guidance.Exercise(i.ExerciseId).Position == Position.Floor).ToArray();
        var upright = routine.Items().Where(i => guidance.Exercise(i.ExerciseId).Position != Position.Floor).ToArray();
        Assert.NotEmpty(floor);
        Assert.NotEmpty(upright);
        Assert.All(floor, item =>
        {
            Assert.True(item.HasCue("melt"), $"{item.ExerciseId}: {string.Join(" / ", item.Cues)}");
            // Ample minutes, no dose change: the catalog's time plus the melt.
            Assert.True(item.Seconds >= guidance.Exercise(item.ExerciseId).Dose.Seconds + 5,
                $"{item.ExerciseId}: {item.Seconds}s leaves no seconds to melt out (catalog {guidance.Exercise(item.ExerciseId).Dose.Seconds}s)");
        });
        Assert.All(upright, item => Assert.False(item.HasCue("melt"), item.ExerciseId));
    }

    [Fact]
    public void G8_every_item_pairs_each_contraction_with_an_exhale()
    {
        Routine routine = guidance.Recommend(Varied);

        Assert.All(routine.Items(), item =>
        {
            Assert.True(item.HasCue("exhale", "contract", "inhale", "release"), $"{item.ExerciseId}: {string.Join(" / ", item.Cues)}");
            Assert.True(item.HasCue("never hold your breath"), item.ExerciseId);
        });
    }

    [Fact]
    public void G9_one_sided_exercises_are_mirrored_for_equal_time()
    {
        Routine routine = guidance.Recommend(Varied with { Setting = Setting.Home });

        var oneSided = routine.Items().Where(i => guidance.Exercise(i.ExerciseId).OneSided).ToArray();
        Assert.Contains(oneSided, i => i.ExerciseId == "single-leg-romanian-deadlift");
        Assert.Contains(oneSided, i => i.ExerciseId == "iliopsoas-release");
        Assert.All(oneSided, item =>
        {
            Assert.True(item.BothSides, item.ExerciseId);
            Assert.True(item.HasCue("mirror", "other side", "same time"), $"{item.ExerciseId}: {string.Join(" / ", item.Cues)}");
        });
        Assert.All(routine.Items().Except(oneSided), item => Assert.False(item.BothSides, item.ExerciseId));
    }

    [Fact]
    public void G9_one_sided_desk_movements_are_mirrored_too()
    {
        var assessment = new Assessment { PainPoints = [new PainPoint(Region.Neck, 4), new PainPoint(Region.Wrists, 4)], Setting = Setting.Desk, Minutes = 10 };

        Routine routine = guidance.Recommend(assessment);

        foreach (string id in new[] { "lateral-neck-flexion", "wrist-flexor-extensor-pulses" })
        {
            Assert.True(routine.Item(id).BothSides, id);
            Assert.True(routine.Item(id).HasCue("mirror"), id);
        }
    }

    [Fact]
    public void G10_desk_micro_sets_stay_under_30_seconds()
    {
        var assessment = new Assessment
        {
            PainPoints = [new PainPoint(Region.Neck, 4), new PainPoint(Region.LowerBack, 4), new PainPoint(Region.Hips, 3), new PainPoint(Region.Wrists, 3)],
            InactiveMuscles = [Muscle.Glutes],
            Conditions = [Condition.RoundedShoulders],
            Setting = Setting.Desk,
            Minutes = 20,
        };

        Routine routine = guidance.Recommend(assessment);

        IReadOnlyList<RoutineItem> desk = routine.ItemsOf(RoutinePhase.Desk);
        Assert.True(desk.Count >= 6, routine.Describe());
        Assert.All(desk, item =>
        {
            Assert.True((double)item.Seconds / item.Sets < 30, $"{item.ExerciseId}: {item.Sets} set(s) in {item.Seconds}s");
            Assert.True(item.HasCue("under 30 seconds"), item.ExerciseId);
        });
    }

    [Fact]
    public void G10_longer_holds_from_progress_still_keep_desk_sets_under_30_seconds()
    {
        var assessment = new Assessment { PainPoints = [new PainPoint(Region.Hips, 3)], Setting = Setting.Desk, Minutes = 10 };
        History effortless = Logs.Daily(Logs.Rated(("isometric-glute-squeeze", Rating.Effortless), ("transverse-abdominal-bracing", Rating.Effortless)));

        Routine routine = guidance.Recommend(assessment, effortless);

        RoutineItem squeeze = routine.Item("isometric-glute-squeeze");
        Assert.True(squeeze.HoldSeconds > guidance.Exercise("isometric-glute-squeeze").Dose.HoldSeconds, routine.Describe());
        Assert.All(routine.Items(), item => Assert.True((double)item.Seconds / item.Sets < 30, $"{item.ExerciseId}: {item.Seconds}s in {item.Sets} set(s)"));
    }

    [Fact]
    public void G10_every_set_of_a_desk_routine_stays_under_30_seconds()
    {
        var assessment = new Assessment { InactiveMuscles = [Muscle.Abdominals], Setting = Setting.Desk, Minutes = 10 };

        Routine routine = guidance.Recommend(assessment);

        Assert.All(routine.Items(), item => Assert.True((double)item.Seconds / item.Sets < 30, $"{item.ExerciseId}: {item.Sets} set(s) in {item.Seconds}s; {routine.Describe()}"));
    }

    [Theory]
    [InlineData(Setting.Desk, Day.Workday)]
    [InlineData(Setting.Home, Day.Workday)]
    [InlineData(Setting.Home, Day.Recovery)]
    [InlineData(Setting.Gym, Day.UpperBody)]
    [InlineData(Setting.Gym, Day.LowerBody)]
    [InlineData(Setting.Gym, Day.PostWorkout)]
    public void G11_every_routine_starts_with_core_bracing(Setting setting, Day day)
    {
        var assessment = Varied with { Setting = setting, Day = day, Equipment = [Equipment.Band, Equipment.Dumbbell, Equipment.Wall] };

        Routine routine = guidance.Recommend(assessment);

        RoutineItem first = routine.Items()[0];
        Assert.Equal("transverse-abdominal-bracing", first.ExerciseId);
        Assert.Equal(RoutinePhase.WarmUp, routine.Phases[0].Phase);
        Assert.True(first.HasCue("brace", "spine"), string.Join(" / ", first.Cues));
        Assert.True(first.Cites("G11"));
    }

    [Fact]
    public void G11_even_one_minute_starts_with_core_bracing()
    {
        var assessment = Varied with { Minutes = 1, PainPoints = [new PainPoint(Region.Neck, 9)] };

        Routine routine = guidance.Recommend(assessment);

        Assert.Equal("transverse-abdominal-bracing", routine.Items()[0].ExerciseId);
        Assert.True(routine.TotalSeconds <= 60);
    }

    [Fact]
    public void G11_one_minute_with_sore_wrists_before_lifting_still_starts_with_core_bracing()
    {
        var assessment = new Assessment
        {
            PainPoints = [new PainPoint(Region.Wrists, 4)],
            Setting = Setting.Gym,
            Day = Day.UpperBody,
            Equipment = [Equipment.Dumbbell],
            Minutes = 1,
        };

        Routine routine = guidance.Recommend(assessment);

        Assert.True(routine.Ids().FirstOrDefault() == "transverse-abdominal-bracing", routine.Describe());
    }
}
