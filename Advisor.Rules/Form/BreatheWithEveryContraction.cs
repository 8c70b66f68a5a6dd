namespace Advisor.Rules.Form;

[Name("Exhale with each contraction")]
[Description("Exhale with each contraction, inhale on release; never hold the breath.")]
[Guideline("G8")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class BreatheWithEveryContraction : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate);
        Then()
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId, "Exhale as you contract, inhale as you release; never hold your breath.")));
    }
}
