namespace Advisor.Rules.InactiveMuscles;

[Name("Activation has progressed")]
[Description("An activation exercise of an inactive muscle done without being too hard in two logged routines shows progress.")]
[Guideline("G17")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class ActivationHasProgressed : Rule
{
    /// <summary>"Activation has gone well twice."</summary>
    public const int TimesDoneWell = 2;

    public override void Define()
    {
        InactiveMuscle inactive = null!;
        Candidate activation = null!;
        RatingHistory rating = null!;

        When()
            .Match(() => inactive)
            .Match(() => activation, c => c.Phase == RoutinePhase.Activate, c => c.Target == inactive.Muscle)
            .Match(() => rating, r => r.ExerciseId == activation.ExerciseId, r => r.TimesNotTooHard >= TimesDoneWell);
        Then()
            .Do(ctx => ctx.Conclude(new ActivationProgress(inactive.Muscle)));
    }
}
