namespace Advisor.Rules.Training;

[Name("Small muscles need recovery too")]
[Description("The small stabilizers get low intensity and high frequency, never work to exhaustion.")]
[Guideline("G38")]
[Phase(Phases.Adjustment)]
public sealed class SmallMusclesRecoverToo : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;
        Exercise exercise = null!;

        When()
            .Match(() => candidate, c => c.Phase == RoutinePhase.Activate || c.Phase == RoutinePhase.Strengthen || c.Phase == RoutinePhase.Integrate)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId,
                e => e.Muscles.Contains(Muscle.RotatorCuff) || e.Muscles.Contains(Muscle.GluteMedius)
                     || e.Muscles.Contains(Muscle.ScapularStabilizers) || e.Muscles.Contains(Muscle.Forearms));
        Then()
            .Do(ctx => ctx.Insert(new Cue(exercise.Id, "Low intensity, often: stop well before these small muscles tire.")));
    }
}
