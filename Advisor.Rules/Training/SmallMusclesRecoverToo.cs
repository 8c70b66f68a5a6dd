namespace Advisor.Rules.Training;

[Name("Small muscles need recovery too")]
[Description("The small stabilizers get low intensity and high frequency, never work to exhaustion.")]
[Guideline("G38")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class SmallMusclesRecoverToo : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Phase == RoutinePhase.Activate || c.Phase == RoutinePhase.Strengthen || c.Phase == RoutinePhase.Integrate, c => c.Exercise.Muscles.Contains(Muscle.RotatorCuff) || c.Exercise.Muscles.Contains(Muscle.GluteMedius)
                     || c.Exercise.Muscles.Contains(Muscle.ScapularStabilizers) || c.Exercise.Muscles.Contains(Muscle.Forearms));
        Then()
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId, "Low intensity, often: stop well before these small muscles tire.")));
    }
}
