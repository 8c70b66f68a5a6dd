namespace Advisor.Rules.Desk;

[Name("Each pain point gets its desk movements")]
[Description("At the desk, one or two extra movements for each pain point (a region rated above 0), from the region's table: lower back, neck, shoulders and upper back, wrists and hands, hips, legs.")]
[Guideline("G22")]
[Guideline("G23")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class DeskPainPointsGetTheirMovements : Rule
{
    /// <summary>"1 to 2 extras for each pain point."</summary>
    public const int ExtrasPerPainPoint = 2;

    public override void Define()
    {
        Occasion occasion = null!;
        PainPoint pain = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk)
            .Match(() => pain, p => p.Severity > 0);
        Then()
            .Do(ctx => ctx.ProposeAll(ctx.Tables().DeskStepsFor(pain.Region).Take(ExtrasPerPainPoint)
                .Select(step => Proposal.Of(step.ExerciseId, RoutinePhase.Desk, Ranks.Step(Ranks.PainPointMovements, step.Order)).Serving(pain.Region).From(step))));
    }
}
