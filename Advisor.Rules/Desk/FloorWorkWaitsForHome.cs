namespace Advisor.Rules.Desk;

[Name("At the desk, no floor work")]
[Description("Desk micro-movements are seated or standing; floor exercises wait until home.")]
[Guideline("G22")]
[Guideline("G23")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment + Priorities.First)]
public sealed class FloorWorkWaitsForHome : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        Candidate candidate = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk)
            .Match(() => candidate, c => c.Exercise.Position == Position.Floor);
        Then()
            .Do(ctx => ctx.Conclude(new Excluded(candidate.ExerciseId, "it is floor work, which does not fit at the desk; do it at home")));
    }
}
