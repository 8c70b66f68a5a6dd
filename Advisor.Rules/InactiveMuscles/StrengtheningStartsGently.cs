namespace Advisor.Rules.InactiveMuscles;

[Name("Strengthening starts gently and releases slowly")]
[Description("Strengthening starts with a slow, gentle version of the same exercise as a warm-up, and every contraction is released slowly.")]
[Guideline("G19")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class StrengtheningStartsGently : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Phase == RoutinePhase.Strengthen);
        Then()
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId,
                "Warm up with a slow, gentle first set; release every contraction slowly, never drop the weight.")));
    }
}
