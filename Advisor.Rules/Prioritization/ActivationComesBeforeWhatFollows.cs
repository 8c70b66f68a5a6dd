namespace Advisor.Rules.Prioritization;

[Name("Activate before integrating or strengthening")]
[Description("Integration and strengthening of an inactive muscle come only after its activation.")]
[Guideline("G17")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment + Priorities.Later)]
public sealed class ActivationComesBeforeWhatFollows : Rule
{
    public override void Define()
    {
        Candidate later = null!;
        InactiveMuscle inactive = null!;
        Candidate activation = null!;

        When()
            .Match(() => inactive)
            .Match(() => later, c => c.Phase == RoutinePhase.Integrate || c.Phase == RoutinePhase.Strengthen, c => c.Target == inactive.Muscle)
            .Match(() => activation, a => a.Phase == RoutinePhase.Activate, a => a.Target == later.Target);
        Then()
            .Do(ctx => ctx.Conclude(new Prerequisite(later.ExerciseId, activation.ExerciseId)));
    }
}
