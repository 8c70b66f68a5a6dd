namespace Advisor.Rules.Form;

[Name("One-sided exercises are mirrored")]
[Description("Every one-sided exercise is done on both sides for equal time.")]
[Guideline("G9")]
[Phase(Phases.Adjustment)]
public sealed class OneSidedWorkIsMirrored : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;
        Exercise exercise = null!;

        When()
            .Match(() => candidate)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId, e => e.OneSided);
        Then()
            .Do(ctx => ctx.Insert(new Cue(exercise.Id, "Mirror it on the other side for the same time.")));
    }
}
