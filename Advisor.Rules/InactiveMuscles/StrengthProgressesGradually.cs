namespace Advisor.Rules.InactiveMuscles;

[Name("Strengthening progresses the resistance gradually")]
[Description("Progressive resistance says how to progress: a little more only once the last set feels easy, and never at the cost of a slow release.")]
[Guideline("G20")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class StrengthProgressesGradually : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Phase == RoutinePhase.Strengthen);
        Then()
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId,
                "Progress the resistance gradually: once the last set feels easy two sessions running, add a little (two more repetitions, a light band or a slightly heavier weight), then rest a day before working these muscles hard again.")));
    }
}
