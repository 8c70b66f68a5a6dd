using Advisor.Engine.Assessments;
using Advisor.Engine.Routines;
using Range = Advisor.Engine.Routines.Range;

namespace Advisor.UnitTests.Guidance;

/// <summary>G41 and G42: the routine fits the minutes, cutting in the guidance's order, and says why.</summary>
public sealed class PrioritizationTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    private static readonly Assessment Busy = new()
    {
        PainPoints = [new PainPoint(Region.LowerBack, 5), new PainPoint(Region.Neck, 3)],
        InactiveMuscles = [Muscle.Glutes],
        WeakMuscles = [Muscle.Calves],
        TightMuscles = [Muscle.Chest],
        Conditions = [Condition.AnkleInstability, Condition.RoundedShoulders],
        Day = Day.FullBody,
        Equipment = [Equipment.Band, Equipment.Wall, Equipment.Chair],
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(12)]
    [InlineData(20)]
    [InlineData(45)]
    [InlineData(120)]
    public void G41_the_routine_fits_the_minutes_and_says_what_was_cut(int minutes)
    {
        foreach (Setting setting in Enum.GetValues<Setting>())
        {
            Routine routine = guidance.Recommend(Busy with { Minutes = minutes, Setting = setting });

            Assert.True(routine.TotalSeconds <= minutes * 60, $"{setting}: {routine.TotalSeconds}s > {minutes} min");
            Assert.Equal(routine.Items().Sum(i => i.Seconds), routine.TotalSeconds);
            Assert.All(routine.Omitted, o => Assert.False(routine.Has(o.ExerciseId), $"{o.ExerciseId} is both in and omitted"));
            Assert.All(routine.Omitted.Where(o => o.Guidelines.Contains("G41")), o =>
                Assert.Contains($"{minutes} minutes", o.Reason, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void G41_with_little_time_the_most_severe_pain_point_is_served_first()
    {
        var assessment = new Assessment
        {
            PainPoints = [new PainPoint(Region.Wrists, 2), new PainPoint(Region.Neck, 6)],
            Setting = Setting.Desk,
            Minutes = 1,
        };

        Routine routine = guidance.Recommend(assessment);

        Assert.True(routine.TotalSeconds <= 60);
        Assert.Equal("transverse-abdominal-bracing", routine.Items()[0].ExerciseId);
        Assert.True(routine.Has("cervical-nod"), routine.Describe());
        Assert.True(routine.Has("lateral-neck-flexion"), routine.Describe());
        Assert.False(routine.Has("wrist-flexor-extensor-pulses"), routine.Describe());
        Assert.False(routine.Has("finger-extension-stretch"), routine.Describe());
        Assert.Contains("G41", routine.OmissionOf("finger-extension-stretch")!.Guidelines);
    }

    [Fact]
    public void G41_the_severe_pain_point_wins_whichever_order_it_was_reported_in()
    {
        var neckFirst = new Assessment
        {
            PainPoints = [new PainPoint(Region.Neck, 2), new PainPoint(Region.Wrists, 6)],
            Setting = Setting.Desk,
            Minutes = 1,
        };

        Routine routine = guidance.Recommend(neckFirst);

        Assert.True(routine.Has("wrist-flexor-extensor-pulses"), routine.Describe());
        Assert.False(routine.Has("lateral-neck-flexion"), routine.Describe());
    }

    [Fact]
    public void G41_cutting_keeps_safety_first()
    {
        var assessment = Busy with { PainPoints = [new PainPoint(Region.LowerBack, 8)], Minutes = 3 };

        Routine routine = guidance.Recommend(assessment);

        Assert.NotEmpty(routine.Items());
        Assert.All(routine.Items(), item => Assert.Equal(Range.Micro, item.Range));
        Assert.True(routine.TotalSeconds <= 180);
    }

    [Theory]
    [InlineData(Setting.Desk, Day.Workday)]
    [InlineData(Setting.Home, Day.FullBody)]
    [InlineData(Setting.Gym, Day.LowerBody)]
    [InlineData(Setting.Gym, Day.PostWorkout)]
    [InlineData(Setting.Home, Day.Recovery)]
    public void G42_every_item_says_which_rule_and_guideline_put_it_there(Setting setting, Day day)
    {
        Recommendation recommendation = guidance.Recommendation(Busy with { Setting = setting, Day = day, Minutes = 30 });
        Routine routine = recommendation.Routine;

        Assert.NotEmpty(routine.Items());
        Assert.All(routine.Items(), item =>
        {
            Assert.NotEmpty(item.Because);
            Assert.All(item.Because, reason =>
            {
                Assert.False(string.IsNullOrWhiteSpace(reason.Rule), item.ExerciseId);
                Assert.NotEmpty(reason.Guidelines);
                Assert.All(reason.Guidelines, id => Assert.Matches("^G([1-9]|[1-3][0-9]|4[0-2])$", id));
            });
            ExerciseExplanation why = recommendation.Explain(item.ExerciseId);
            Assert.True(why.Included);
            Assert.Equal(item.Because, why.Because);
        });
        Assert.All(routine.Omitted, o => Assert.NotEmpty(o.Guidelines));
    }

    [Fact]
    public void G42_an_item_is_explained_back_to_the_persons_own_answers()
    {
        Recommendation recommendation = guidance.Recommendation(new Assessment { InactiveMuscles = [Muscle.Glutes], Minutes = 30 });

        ExerciseExplanation why = recommendation.Explain("iliopsoas-release");

        Assert.Contains(why.Because, r => r.Guidelines.Contains("G12"));
        Assert.Contains(why.Answers, a => a.Contains("Glutes", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void G42_an_exercise_left_out_says_why_not()
    {
        Recommendation recommendation = guidance.Recommendation(new Assessment { Day = Day.LowerBody, Minutes = 30 });

        ExerciseExplanation why = recommendation.Explain("banded-leg-lift");

        Assert.False(why.Included);
        Assert.Contains(why.WhyNot, note => note.Contains("band", StringComparison.Ordinal));
    }
}
