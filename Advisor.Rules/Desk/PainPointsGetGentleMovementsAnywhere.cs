namespace Advisor.Rules.Desk;

[Name("Away from the desk, pain points still get their gentle movements")]
[Description("The desk movements for a pain region work anywhere; at home or in the gym the first of them joins the mobility phase.")]
[Guideline("G22", "G23")]
[Phase(Phases.Selection)]
public sealed class PainPointsGetGentleMovementsAnywhere : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        PainPoint pain = null!;
        DeskStep step = null!;

        When()
            .Match(() => occasion, o => o.Setting != Setting.Desk)
            .Match(() => pain, p => p.Severity > 0)
            .Match(() => step, s => s.Region == pain.Region, s => s.Order == 1);
        Then()
            .Do(ctx => ctx.Insert(new Candidate(step.ExerciseId, RoutinePhase.Mobility, 10 + step.Order, null, pain.Region)));
    }
}
