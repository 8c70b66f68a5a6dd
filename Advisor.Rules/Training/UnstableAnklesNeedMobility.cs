namespace Advisor.Rules.Training;

[Name("Unstable ankles: circles, dorsiflexion, calf raises")]
[Description("Unstable ankles or a sprain history: ankle circles, dorsiflexion drills, standing calf raises.")]
[Guideline("G33")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class UnstableAnklesNeedMobility : Rule
{
    public override void Define()
    {
        ReportedCondition unstable = null!;

        When()
            .Match(() => unstable, c => c.Condition == Condition.AnkleInstability);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("ankle-circles", RoutinePhase.Mobility, 1).Serving(Region.Ankles)))
            .Do(ctx => ctx.Propose(Proposal.Of("ankle-dorsiflexion-drill", RoutinePhase.Mobility, 2).Serving(Region.Ankles)))
            .Do(ctx => ctx.Propose(Proposal.Of("standing-calf-raise", RoutinePhase.Strengthen, 12).Serving(Region.Ankles)));
    }
}
