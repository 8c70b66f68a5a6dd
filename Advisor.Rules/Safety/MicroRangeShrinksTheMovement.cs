namespace Advisor.Rules.Safety;

[Name("Micromovement range applies to the exercises that load the region")]
[Description("An exercise that loads a region under micromovement range (or any exercise, when the whole body is) is done an inch or two, as slowly as the full version.")]
[Guideline("G2")]
[Guideline("G3")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment + Priorities.Sooner)]
public sealed class MicroRangeShrinksTheMovement : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;
        MicroRange range = null!;

        When()
            .Match(() => range)
            .Match(() => candidate, c => c.Exercise.MicroCapable, c => range.Region == null || c.Exercise.Regions.Contains(range.Region.Value));
        Then()
            .Do(ctx => ctx.Conclude(new MicroVersion(candidate.ExerciseId)))
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId, "Micromovement: move only an inch or two, just as slowly as the full version.")));
    }
}
