namespace Advisor.Rules.Form;

[Name("Somatic and activation work is slow")]
[Description("Contract slowly, release even more slowly; the release count grows over the repetitions: 8, then 10, then 12.")]
[Guideline("G6")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class SomaticWorkIsSlow : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Phase == RoutinePhase.Release || c.Phase == RoutinePhase.Activate || c.Phase == RoutinePhase.Integrate);
        Then()
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId,
                "Contract slowly, then release even more slowly: count the release to 8, then 10, then 12 as the repetitions go on.")));
    }
}
