namespace Advisor.Rules.Training;

[Name("Unstable ankles: circles, dorsiflexion, calf raises")]
[Description("Unstable ankles or a sprain history: ankle circles, dorsiflexion drills, standing calf raises.")]
[Guideline("G33")]
[Phase(Phases.Selection)]
public sealed class UnstableAnklesNeedMobility : Rule
{
    public override void Define()
    {
        ReportedCondition unstable = null!;

        When()
            .Match(() => unstable, c => c.Condition == Condition.AnkleInstability);
        Then()
            .Do(ctx => ctx.Insert(new Candidate("ankle-circles", RoutinePhase.Mobility, 1, null, Region.Ankles)))
            .Do(ctx => ctx.Insert(new Candidate("ankle-dorsiflexion-drill", RoutinePhase.Mobility, 2, null, Region.Ankles)))
            .Do(ctx => ctx.Insert(new Candidate("standing-calf-raise", RoutinePhase.Strengthen, 12, null, Region.Ankles)));
    }
}
