namespace Advisor.Rules.Form;

[Name("The release count grows over the repetitions")]
[Description("Slow somatic work of three or more long repetitions counts each release longer: 8, then 10, then 12; in whatever phase it is done.")]
[Guideline("G6")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class ReleaseCountsGrow : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        // A quick or short item (a 2-repetition stretch, a 16-second desk set) cannot hold the count.
        When()
            .Match(() => candidate, c => ReleaseCount.Fits(c.Exercise));
        Then()
            .Do(ctx => ctx.Conclude(new ReleaseCount(candidate.ExerciseId, "Count the release to 8, then 10, then 12 as the repetitions go on.")));
    }
}
