namespace Advisor.Rules.Desk;

[Name("Each pain point gets its desk movements")]
[Description("At the desk, one or two extra movements for each pain point, from the region's table: lower back, neck, shoulders and upper back, wrists and hands, hips, legs.")]
[Guideline("G22", "G23")]
[Phase(Phases.Selection)]
public sealed class DeskPainPointsGetTheirMovements : Rule
{
    /// <summary>"1 to 2 extras for each pain point."</summary>
    public const int ExtrasPerPainPoint = 2;

    public override void Define()
    {
        Occasion occasion = null!;
        PainPoint pain = null!;
        DeskStep step = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk)
            .Match(() => pain)
            .Match(() => step, s => s.Region == pain.Region, s => s.Order <= ExtrasPerPainPoint);
        Then()
            .Do(ctx => ctx.Insert(new Candidate(step.ExerciseId, RoutinePhase.Desk, 10 + step.Order, null, pain.Region)));
    }
}
