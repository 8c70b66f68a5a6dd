namespace Advisor.Rules.History;

[Name("Frustration logged after the last routine means slowing down")]
[Description("Frustration reported after the latest routine slows the next one down.")]
[Guideline("G5")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class LoggedFrustrationSlowsThingsDown : Rule
{
    public override void Define()
    {
        LogSummary log = null!;
        ConditionLog frustration = null!;

        When()
            .Match(() => log)
            .Match(() => frustration, c => c.Condition == Condition.Frustrated, c => c.Routine == log.Routines);
        Then()
            .Do(ctx => ctx.Conclude(new SlowDown()));
    }
}
