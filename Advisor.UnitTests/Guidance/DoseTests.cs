using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Guidance;

/// <summary>
/// The dose as written can be done: fitting and limits cut repetitions or sets, never the catalog's
/// seconds per repetition (G10, G5, G25); the release count only where it can be counted (G6); a
/// band only where it can load (G25); strengthening says how to progress (G20).
/// </summary>
public sealed class DoseTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    /// <summary>The catalog's seconds for one repetition on every side it is done on.</summary>
    private double CatalogRepetition(string id)
    {
        Dose dose = guidance.Exercise(id).Dose;
        return (double)dose.Seconds / (dose.Sets * dose.Reps);
    }

    private void AssertDoable(RoutineItem item)
    {
        int sides = item.BothSides ? 2 : 1;
        double moving = item.Sets * item.Reps * CatalogRepetition(item.ExerciseId);
        double holding = item.Sets * item.Reps * item.HoldSeconds * sides;
        Assert.True(item.Seconds >= Math.Floor(moving) && item.Seconds >= holding,
            $"{item.ExerciseId}: {item.Sets} x {item.Reps} (hold {item.HoldSeconds}s) in {item.Seconds}s; the catalog needs {moving:0.#}s to move and {holding}s to hold");
    }

    [Fact]
    public void G10_a_desk_set_cuts_repetitions_instead_of_speeding_them_up()
    {
        var assessment = new Assessment
        {
            Conditions = [Condition.RoundedShoulders],
            Setting = Setting.Desk,
            Day = Day.UpperBody,
            Equipment = [Equipment.Band],
            Minutes = 20,
        };

        Routine routine = guidance.Recommend(assessment);

        RoutineItem rotation = routine.Item("band-external-rotation");
        AssertDoable(rotation);
        Assert.True((double)rotation.Seconds / rotation.Sets < 30, routine.Describe());
        Assert.All(routine.Items(), AssertDoable);
    }

    [Fact]
    public void G5_G10_slowing_down_at_the_desk_never_squeezes_a_repetition()
    {
        var assessment = new Assessment
        {
            TightMuscles = [Muscle.Hamstrings],
            Conditions = [Condition.Frustrated],
            Setting = Setting.Desk,
            Minutes = 20,
        };

        Routine routine = guidance.Recommend(assessment);

        Assert.All(routine.Items(), AssertDoable);
        // One repetition of the standing hamstring release takes 30 s, longer than a desk set may last.
        Assert.False(routine.Has("standing-hamstring-release"), routine.Describe());
        Omission omitted = routine.OmissionOf("standing-hamstring-release") ?? throw new Xunit.Sdk.XunitException(routine.Describe());
        Assert.Contains("G10", omitted.Guidelines);
    }

    [Fact]
    public void G25_G10_a_longer_hold_fits_inside_the_item_and_its_set()
    {
        var assessment = new Assessment { PainPoints = [new PainPoint(Region.Hips, 3)], Setting = Setting.Desk, Minutes = 10 };
        History effortless = Logs.Daily(Logs.Rated(("isometric-glute-squeeze", Rating.Effortless)));

        Routine routine = guidance.Recommend(assessment, effortless);

        RoutineItem squeeze = routine.Item("isometric-glute-squeeze");
        Assert.Equal(guidance.Exercise("isometric-glute-squeeze").Dose.HoldSeconds + 3, squeeze.HoldSeconds);
        AssertDoable(squeeze);
        Assert.True((double)squeeze.Seconds / squeeze.Sets < 30, routine.Describe());
    }

    [Fact]
    public void G6_the_release_count_is_cued_only_on_slow_somatic_work_of_three_or_more_repetitions()
    {
        var desk = new Assessment
        {
            PainPoints = [new PainPoint(Region.Neck, 6)],
            TightMuscles = [Muscle.UpperTraps],
            Setting = Setting.Desk,
            Minutes = 10,
        };

        Routine routine = guidance.Recommend(desk);

        Assert.NotEmpty(routine.ItemsOf(RoutinePhase.Release));
        Assert.All(routine.Items(), item => Assert.False(item.HasCue("8, then 10, then 12"),
            $"{item.ExerciseId}: {item.Sets} x {item.Reps} in {item.Seconds}s cannot count a release to 12: {string.Join(" / ", item.Cues)}"));
    }

    [Fact]
    public void G6_slow_somatic_floor_work_in_mobility_is_counted_too()
    {
        var recovery = new Assessment { Day = Day.Recovery, Equipment = [Equipment.Wall], Minutes = 15 };

        Routine routine = guidance.Recommend(recovery);

        foreach (string id in new[] { "hip-circles", "hip-rotation" })
        {
            Assert.Equal(RoutinePhase.Mobility, routine.PhaseOf(id));
            Assert.True(routine.Item(id).HasCue("8, then 10, then 12"), $"{id}: {string.Join(" / ", routine.Item(id).Cues)}");
        }
    }

    [Fact]
    public void G25_a_band_is_added_only_where_it_can_load_otherwise_the_hold_lengthens()
    {
        var assessment = new Assessment { PainPoints = [new PainPoint(Region.Hips, 3)], Setting = Setting.Desk, Equipment = [Equipment.Band], Minutes = 10 };
        History effortless = Logs.Daily(Logs.Rated(
            ("transverse-abdominal-bracing", Rating.Effortless), ("isometric-glute-squeeze", Rating.Effortless), ("seated-hip-abduction-adduction", Rating.Effortless)));

        Routine routine = guidance.Recommend(assessment, effortless);

        foreach (string id in new[] { "transverse-abdominal-bracing", "isometric-glute-squeeze" })
        {
            RoutineItem item = routine.Item(id);
            Assert.DoesNotContain(Equipment.Band, item.Equipment);
            Assert.False(item.HasCue("band"), $"{id}: {string.Join(" / ", item.Cues)}");
            Assert.Equal(guidance.Exercise(id).Dose.HoldSeconds + 3, item.HoldSeconds);
        }

        RoutineItem abduction = routine.Item("seated-hip-abduction-adduction");
        Assert.Contains(Equipment.Band, abduction.Equipment);
        Assert.True(abduction.HasCue("light band", "knees"), string.Join(" / ", abduction.Cues));
    }

    [Fact]
    public void G20_strengthening_says_how_to_progress_the_resistance()
    {
        Routine routine = guidance.Recommend(new Assessment { WeakMuscles = [Muscle.Glutes], Minutes = 20 });

        IReadOnlyList<RoutineItem> strengthening = routine.ItemsOf(RoutinePhase.Strengthen);
        Assert.NotEmpty(strengthening);
        Assert.All(strengthening, item =>
        {
            Assert.True(item.HasCue("resistance"), $"{item.ExerciseId}: {string.Join(" / ", item.Cues)}");
            Assert.True(item.Cites("G20"), item.ExerciseId);
        });
    }
}
