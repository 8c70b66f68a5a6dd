namespace Advisor.Rules.Desk;

[Name("At the desk, no floor work")]
[Description("Desk micro-movements are seated or standing; floor exercises wait until home.")]
[Guideline("G22", "G23")]
[Phase(Phases.Adjustment)]
[Priority(RulePriority.Highest)]
public sealed class FloorWorkWaitsForHome : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        Candidate candidate = null!;
        Exercise exercise = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk)
            .Match(() => candidate)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId, e => e.Position == Position.Floor);
        Then()
            .Do(ctx => ctx.Insert(new Excluded(exercise.Id, "it is floor work, which does not fit at the desk; do it at home")));
    }
}
