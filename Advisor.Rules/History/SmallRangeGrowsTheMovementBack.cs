namespace Advisor.Rules.History;

[Name("A small range applies to the exercises that load the region")]
[Description("While a region's range grows back, each exercise that loads it moves through a small part of its range, just as slowly; micromovements, where they apply, come first.")]
[Guideline("G4")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment + Priorities.Sooner)]
public sealed class SmallRangeGrowsTheMovementBack : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;
        SmallRange range = null!;

        When()
            .Match(() => range)
            .Match(() => candidate, c => c.Exercise.MicroCapable, c => c.Exercise.Regions.Contains(range.Region))
            .Not<MicroVersion>(m => m.ExerciseId == candidate.ExerciseId);
        Then()
            .Do(ctx => ctx.Conclude(new SmallVersion(candidate.ExerciseId)))
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId,
                "Your range is growing back: move through a small part of your full range today, just as slowly, only as far as it stays comfortable.")));
    }
}
