namespace Advisor.Rules.Desk;

[Name("Away from the desk, pain points still get their gentle movements")]
[Description("The desk movements for a pain region work anywhere; at home or in the gym the first of them joins the mobility phase.")]
[Guideline("G22")]
[Guideline("G23")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class PainPointsGetGentleMovementsAnywhere : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        PainPoint pain = null!;

        When()
            .Match(() => occasion, o => o.Setting != Setting.Desk)
            .Match(() => pain, p => p.Severity > 0);
        Then()
            .Do(ctx => ctx.ProposeAll(ctx.Tables().DeskStepsFor(pain.Region).Take(1)
                .Select(step => Proposal.Of(step.ExerciseId, RoutinePhase.Mobility, Ranks.Step(Ranks.PainPointMovements, step.Order)).Serving(pain.Region).From(step))));
    }
}
