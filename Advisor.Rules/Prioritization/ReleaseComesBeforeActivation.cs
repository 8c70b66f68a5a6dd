namespace Advisor.Rules.Prioritization;

[Name("Release the antagonist before activating")]
[Description("An exercise that wakes an inactive muscle, in the activation phase or as a desk squeeze, needs a release of its tight antagonist before it; the routine never holds one without the other, unless the activation releases it too (Arch & Flatten).")]
[Guideline("G17")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment + Priorities.Later)]
public sealed class ReleaseComesBeforeActivation : Rule
{
    public override void Define()
    {
        Candidate activation = null!;
        TightAntagonist antagonist = null!;
        Candidate release = null!;

        When()
            .Match(() => antagonist)
            .Match(() => activation, c => c.Phase == RoutinePhase.Activate || c.Phase == RoutinePhase.Desk, c => c.Target == antagonist.Inactive)
            .Match(() => release, r => r.Phase == RoutinePhase.Release, r => r.Target == antagonist.Tight)
            .Not<ReleasesAsItActivates>(r => r.ExerciseId == activation.ExerciseId, r => r.Tight == antagonist.Tight);
        Then()
            .Do(ctx => ctx.Conclude(new Prerequisite(activation.ExerciseId, release.ExerciseId)));
    }
}
