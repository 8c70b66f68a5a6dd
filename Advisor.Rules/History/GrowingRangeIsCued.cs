namespace Advisor.Rules.History;

[Name("A growing range is cued on the exercises of the region")]
[Description("As pain lessens, each exercise that loads the region moves a little further than last time.")]
[Guideline("G4")]
[Phase(Phases.Adjustment)]
public sealed class GrowingRangeIsCued : Rule
{
    public override void Define()
    {
        RangeGrowth growth = null!;
        Candidate candidate = null!;
        Exercise exercise = null!;

        When()
            .Match(() => growth)
            .Match(() => candidate)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId, e => e.Regions.Contains(growth.Region));
        Then()
            .Do(ctx => ctx.Insert(new Cue(exercise.Id,
                "Your logged pain is falling: let the movement grow a little beyond last time, only as far as it stays comfortable.")));
    }
}
