using Advisor.Engine.Routines;
using Advisor.Rules.Runtime;
using Advisor.UnitTests.Guidance;
using Advisor.UnitTests.Personalization;
using GuidanceRules = Advisor.Rules.Guidance;

namespace Advisor.UnitTests.Rules;

/// <summary>
/// The command line runs the guidance over interpreted expressions to start quickly; it must
/// conclude exactly what the compiled guidance of the web host concludes.
/// </summary>
public sealed class InterpretedGuidanceTests
{
    [Fact]
    public void Interpreted_rules_give_the_compiled_rules_routines_and_reasons_for_every_example_and_random_assessments()
    {
        GuidanceFixture compiled = GuidanceFixture.Shared;
        var interpreted = new Recommender(
            GuidanceRules.Compile(compiled.Catalog, expressions: RuleExpressions.Interpreted), compiled.Catalog, new FixedClock(GuidanceFixture.Now));
        int compared = 0;
        foreach ((string name, var assessment, var history) in Examples.AndRandom(random: 150, seed: 14))
        {
            Recommendation expected = compiled.Recommendation(assessment, history);
            Recommendation actual = interpreted.Recommend(assessment, history, "test-routine");
            Assert.True(RoutineJson.Write(expected.Routine) == RoutineJson.Write(actual.Routine), $"{name}: the routines differ");
            foreach (string exercise in compiled.Catalog.Exercises.Select(e => e.Id).Take(10))
                Assert.True(Described(expected.Explain(exercise)) == Described(actual.Explain(exercise)), $"{name}: why {exercise} differs");
            compared++;
        }

        Assert.Equal(170, compared);
    }

    [Fact]
    public void An_unknown_way_of_running_expressions_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GuidanceRules.Compile(GuidanceFixture.Shared.Catalog, expressions: (RuleExpressions)7));
        Assert.Equal("expressions", e.ParamName);
    }

    private static string Described(ExerciseExplanation explanation) => System.Text.Json.JsonSerializer.Serialize(explanation, RoutineJson.Options);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
