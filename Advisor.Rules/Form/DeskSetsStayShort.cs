namespace Advisor.Rules.Form;

[Name("Desk micro-sets stay under 30 seconds")]
[Description("At the desk, and for desk movements anywhere, quality over quantity: every micro-set stays under 30 seconds.")]
[Guideline("G10")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class DeskSetsStayShort : Rule
{
    public const int LongestSet = 29;

    public override void Define()
    {
        Occasion occasion = null!;
        Candidate candidate = null!;

        When()
            .Match(() => occasion)
            .Match(() => candidate, c => c.Phase == RoutinePhase.Desk || occasion.Setting == Setting.Desk);
        Then()
            .Do(ctx => ctx.Conclude(new SetLimit(candidate.ExerciseId, LongestSet)))
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId, "Quality over quantity: keep each set under 30 seconds.")));
    }
}
