namespace Advisor.Rules.Training;

[Name("Knees caving in: strengthen the hip stabilizers")]
[Description("Knees caving in and weak hip stabilizers: clamshells, side-lying leg lifts, banded lateral walks.")]
[Guideline("G30")]
[Phase(Phases.Selection)]
public sealed class CavingKneesNeedHipStabilizers : Rule
{
    public override void Define()
    {
        ReportedCondition valgus = null!;

        When()
            .Match(() => valgus, c => c.Condition == Condition.KneeValgus);
        Then()
            .Do(ctx => ctx.Insert(new Candidate("clamshell", RoutinePhase.Activate, 10, null, Region.Knees)))
            .Do(ctx => ctx.Insert(new Candidate("side-lying-leg-lift", RoutinePhase.Activate, 11, null, Region.Knees)))
            .Do(ctx => ctx.Insert(new Candidate("banded-lateral-walk", RoutinePhase.Activate, 12, null, Region.Knees)));
    }
}
