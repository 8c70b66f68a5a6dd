namespace Advisor.Rules.History;

[Name("Early fatigue, reported now or after the last routine")]
[Description("Fatigue that shows early, in the assessment or logged after the latest routine.")]
[Guideline("G21")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class EarlyFatigueIsNoticed : Rule
{
    public override void Define()
    {
        ReportedCondition fatigue = null!;

        When()
            .Match(() => fatigue, c => c.Condition == Condition.EarlyFatigue);
        Then()
            .Do(ctx => ctx.Conclude(new EarlyFatigue()));
    }
}
