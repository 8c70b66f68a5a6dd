namespace Advisor.Rules.Safety;

[Name("Micromovement range applies to the exercises that load the region")]
[Description("An exercise that loads a region under micromovement range (or any exercise, when the whole body is) is done an inch or two, as slowly as the full version.")]
[Guideline("G2", "G3")]
[Phase(Phases.Adjustment)]
[Priority(RulePriority.High)]
public sealed class MicroRangeShrinksTheMovement : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;
        Exercise exercise = null!;
        MicroRange range = null!;

        When()
            .Match(() => candidate)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId, e => e.MicroCapable)
            .Match(() => range, r => r.Region == null || exercise.Regions.Contains(r.Region.Value));
        Then()
            .Do(ctx => ctx.Insert(new MicroVersion(exercise.Id)))
            .Do(ctx => ctx.Insert(new Cue(exercise.Id, "Micromovement: move only an inch or two, just as slowly as the full version.")));
    }
}
