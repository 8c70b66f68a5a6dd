namespace Advisor.Rules.Form;

[Name("Somatic and activation work is slow")]
[Description("Contract slowly, release even more slowly: release, activation and integration, and slow somatic work in any phase.")]
[Guideline("G6")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class SomaticWorkIsSlow : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Phase == RoutinePhase.Release || c.Phase == RoutinePhase.Activate || c.Phase == RoutinePhase.Integrate
                || ReleaseCount.Fits(c.Exercise));
        Then()
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId, "Contract slowly, then release even more slowly.")));
    }
}
