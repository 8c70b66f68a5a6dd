namespace Advisor.Rules.History;

[Name("A growing range is cued on the exercises of the region")]
[Description("As pain lessens, each exercise that loads the region moves a little further than last time.")]
[Guideline("G4")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class GrowingRangeIsCued : Rule
{
    public override void Define()
    {
        RangeGrowth growth = null!;
        Candidate candidate = null!;

        When()
            .Match(() => growth)
            .Match(() => candidate, c => c.Exercise.Regions.Contains(growth.Region));
        Then()
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId,
                "Your logged pain is falling: let the movement grow a little beyond last time, only as far as it stays comfortable.")));
    }
}
