using Advisor.Engine.Assessments;
using Advisor.Engine.Reasoning;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Rules;

/// <summary>Why a rule did not fire, walked over NRules' rule model, in words a person reads.</summary>
public sealed class WhyNotTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    private static readonly Assessment AtHome = new() { InactiveMuscles = [Muscle.Glutes], Setting = Setting.Home, Minutes = 20 };

    [Fact]
    public void The_blocking_condition_says_what_it_wanted_and_what_it_saw()
    {
        WhyNot why = guidance.Recommendation(AtHome).Conclusions.WhyNot("At the desk, inactive glutes wake with squeezes");

        Assert.Equal(0, why.Fired);
        ConditionReport blocking = Assert.IsType<ConditionReport>(why.Blocking);
        Assert.Equal("the setting is desk", blocking.Wants);
        Assert.Contains("home", blocking.Saw, StringComparison.Ordinal);
        Assert.StartsWith("\"At the desk, inactive glutes wake with squeezes\" (G13, G23) needs the setting is desk", why.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_fired_says_how_often()
    {
        WhyNot why = guidance.Recommendation(AtHome).Conclusions.WhyNot("A session starts with core bracing");

        Assert.Null(why.Blocking);
        Assert.Equal(1, why.Fired);
        Assert.Contains("fired 1 time", why.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_fact_and_a_not_condition_are_said_plainly()
    {
        IConclusions conclusions = guidance.Recommendation(AtHome).Conclusions;

        ConditionReport noHistory = Assert.IsType<ConditionReport>(conclusions.WhyNot("Frustration logged after the last routine means slowing down").Blocking);
        Assert.Equal("a log summary", noHistory.Wants);
        Assert.Equal("and there was none", noHistory.Saw);

        WhyNot baseline = conclusions.WhyNot("A baseline mobility screen to start");
        Assert.Contains(baseline.Conditions, c => c.Wants == "no log summary" && c.Passed);
    }

    [Fact]
    public void The_equipment_condition_is_said_in_words()
    {
        // Everything at hand: no candidate needs what is missing.
        var equipped = AtHome with { Equipment = Enum.GetValues<Equipment>() };

        WhyNot why = guidance.Recommendation(equipped).Conclusions.WhyNot("Equipment the person lacks leaves the exercise out");

        ConditionReport blocking = Assert.IsType<ConditionReport>(why.Blocking);
        Assert.Equal("the exercise needs equipment that is not at hand", blocking.Wants);
    }

    [Theory]
    [InlineData("isometric-glute-squeeze")]
    [InlineData("seated-pelvic-tilt")]
    [InlineData("single-leg-romanian-deadlift")]
    [InlineData("banded-lateral-walk")]
    public void Why_an_exercise_is_not_there_is_never_expression_text(string exerciseId)
    {
        ExerciseExplanation why = guidance.Recommendation(AtHome).Explain(exerciseId);

        Assert.False(why.Included);
        Assert.NotEmpty(why.WhyNot);
        foreach (string note in why.WhyNot)
        {
            Assert.DoesNotContain("=>", note, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\b[a-z]\.[A-Z]", note);
            Assert.DoesNotContain("Convert(", note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_rule_name_is_a_clear_error()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => guidance.Recommendation(AtHome).Conclusions.WhyNot("No such rule"));

        Assert.Contains("No such rule", error.Message, StringComparison.Ordinal);
    }
}
