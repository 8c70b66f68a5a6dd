namespace Advisor.Rules.Prioritization;

[Name("An exercise that activates is done as activation")]
[Description("An exercise proposed both to release and to activate (Arch & Flatten, the Back Lift) is done once, as activation, so the activation sequence begins as the guidance says.")]
[Guideline("G16")]
[Guideline("G17")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection + Priorities.Last)]
public sealed class ActivationOutranksRelease : Rule
{
    public override void Define()
    {
        Candidate activation = null!;
        Candidate release = null!;

        When()
            .Match(() => activation, c => c.Phase == RoutinePhase.Activate)
            .Match(() => release, r => r.Phase == RoutinePhase.Release, r => r.ExerciseId == activation.ExerciseId);
        Then()
            .Do(ctx => ctx.Conclude(new ReleasesAsItActivates(activation.ExerciseId, release.Target)))
            .Do(ctx => ctx.Withdraw(release));
    }
}
