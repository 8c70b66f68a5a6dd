namespace Advisor.Rules.History;

[Name("Frustration means slowing down, not doing more")]
[Description("Never forced or goal-driven: a person who reports frustration is told to slow down further and given less.")]
[Guideline("G5")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class FrustrationSlowsThingsDown : Rule
{
    public override void Define()
    {
        ReportedCondition frustration = null!;

        When()
            .Match(() => frustration, c => c.Condition == Condition.Frustrated);
        Then()
            .Do(ctx => ctx.Conclude(new SlowDown()));
    }
}
