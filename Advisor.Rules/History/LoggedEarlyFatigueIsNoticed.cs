namespace Advisor.Rules.History;

[Name("Early fatigue logged after the last routine")]
[Description("Fatigue logged after the latest routine counts as fatigue showing early.")]
[Guideline("G21")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class LoggedEarlyFatigueIsNoticed : Rule
{
    public override void Define()
    {
        LogSummary log = null!;
        ConditionLog fatigue = null!;

        When()
            .Match(() => log)
            .Match(() => fatigue, c => c.Condition == Condition.EarlyFatigue, c => c.Routine == log.Routines);
        Then()
            .Do(ctx => ctx.Conclude(new EarlyFatigue()));
    }
}
