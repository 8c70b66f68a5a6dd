using Advisor.Engine.Catalog;
using Advisor.Engine.Assessments;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Guidance;

/// <summary>
/// G41 when minutes are short: safety, then order, then the person's most severe or reported
/// problem, then the rest; the opener may shrink, the chain's first step may not go. And when
/// minutes are long: the routine uses them (G10 rounds), within a guideline's cap (G36).
/// </summary>
public sealed class CuttingTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    [Fact]
    public void G41_one_minute_keeps_the_first_release_of_the_reported_chain()
    {
        var assessment = new Assessment { InactiveMuscles = [Muscle.Glutes], Minutes = 1 };

        Routine routine = guidance.Recommend(assessment);

        Assert.Equal("transverse-abdominal-bracing", routine.Ids()[0]);
        Assert.True(routine.Has("iliopsoas-release"), routine.Describe());
        Assert.True(routine.TotalSeconds <= 60, routine.Describe());
    }

    [Theory]
    [InlineData(Day.Workday)]
    [InlineData(Day.LowerBody)]
    [InlineData(Day.PostWorkout)]
    public void G41_G16_three_minutes_for_quiet_abdominals_keep_arch_and_flatten_and_no_shoulder_primer(Day day)
    {
        var assessment = new Assessment { InactiveMuscles = [Muscle.Abdominals], Day = day, Equipment = [Equipment.Band], Minutes = 3 };

        Routine routine = guidance.Recommend(assessment);

        Assert.True(routine.Has("arch-and-flatten"), routine.Describe());
        Assert.DoesNotContain(routine.Items(), i => i.Cites("G28"));
        Assert.True(routine.TotalSeconds <= 180, routine.Describe());
    }

    [Fact]
    public void G41_G14_the_reported_chain_outlasts_a_release_the_person_never_reported()
    {
        var assessment = new Assessment { InactiveMuscles = [Muscle.Glutes], TightMuscles = [Muscle.InnerThighs], Minutes = 5 };

        Routine routine = guidance.Recommend(assessment);

        Assert.True(routine.Has("internal-hip-rotator-release"), routine.Describe());
        Assert.True(routine.Has("gluteal-release"), routine.Describe());
        Assert.True(routine.TotalSeconds <= 300, routine.Describe());
    }

    [Theory]
    [InlineData(Setting.Desk, 10)]
    [InlineData(Setting.Desk, 5)]
    [InlineData(Setting.Gym, 30)]
    public void G41_G10_the_routine_uses_about_two_thirds_of_the_minutes_or_more(Setting setting, int minutes)
    {
        var assessment = new Assessment
        {
            PainPoints = setting == Setting.Desk ? [new PainPoint(Region.Neck, 6), new PainPoint(Region.Shoulders, 3)] : [],
            TightMuscles = setting == Setting.Desk ? [Muscle.UpperTraps] : [],
            Setting = setting,
            Day = setting == Setting.Gym ? Day.FullBody : Day.Workday,
            Equipment = setting == Setting.Gym ? [Equipment.Band, Equipment.Dumbbell, Equipment.Bench, Equipment.Wall] : [],
            Minutes = minutes,
        };

        Routine routine = guidance.Recommend(assessment);

        Assert.True(routine.TotalSeconds >= minutes * 60 * 2 / 3, $"{routine.TotalSeconds}s of {minutes} minutes: {routine.Describe()}");
        Assert.True(routine.TotalSeconds <= minutes * 60, routine.Describe());
        Assert.All(routine.ItemsOf(RoutinePhase.Desk), item => Assert.True((double)item.Seconds / item.Sets < 30, $"{item.ExerciseId}: {item.Sets} set(s) in {item.Seconds}s"));
    }

    [Fact]
    public void G41_a_pain_free_desk_break_fills_its_minutes_with_rounds_of_short_sets()
    {
        var assessment = new Assessment { Setting = Setting.Desk, Minutes = 5 };

        Routine routine = guidance.Recommend(assessment);

        Assert.True(routine.TotalSeconds >= 200, routine.Describe());
        Assert.Contains(routine.Items(), i => i.Sets > 1);
        Assert.All(routine.Items(), item => Assert.True((double)item.Seconds / item.Sets < 30, $"{item.ExerciseId}: {item.Sets} set(s) in {item.Seconds}s"));
    }

    [Fact]
    public void G41_G10_a_routine_short_of_the_minutes_says_that_is_what_the_guidance_has()
    {
        var painFree = new Assessment { Setting = Setting.Desk, Minutes = 10 };

        Routine routine = guidance.Recommend(painFree);

        Assert.True(routine.TotalSeconds < 10 * 60 * 2 / 3, routine.Describe());
        Assert.Contains($"about {(int)Math.Round(routine.TotalSeconds / 60.0)} of the 10 minutes", routine.Message, StringComparison.Ordinal);
        Assert.Contains("(G10, G41)", routine.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("what the guidance has", guidance.Recommend(painFree with { Minutes = 5 }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void G36_a_recovery_day_capped_below_the_persons_minutes_says_so()
    {
        var assessment = new Assessment { Day = Day.Recovery, Equipment = [Equipment.Wall], Minutes = 30 };

        Routine routine = guidance.Recommend(assessment);

        Assert.True(routine.TotalSeconds <= 15 * 60, routine.Describe());
        Assert.Contains("15 minutes", routine.Message, StringComparison.Ordinal);
        Assert.Contains("G36", routine.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("15 minutes", guidance.Recommend(assessment with { Minutes = 10 }).Message, StringComparison.Ordinal);
    }
}
