namespace Advisor.Rules.Form;

[Name("One-sided exercises are mirrored")]
[Description("Every one-sided exercise is done on both sides for equal time.")]
[Guideline("G9")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class OneSidedWorkIsMirrored : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Exercise.OneSided);
        Then()
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId, "Mirror it on the other side for the same time.")));
    }
}
