namespace Advisor.Rules.Safety;

[Name("An exercise without a micromovement version is left out under micromovement range")]
[Description("When pain calls for micromovements, an exercise that cannot be made that small is not offered.")]
[Guideline("G2", "G3")]
[Phase(Phases.Adjustment)]
[Priority(RulePriority.Highest)]
public sealed class NoMicroVersionLeavesItOut : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;
        Exercise exercise = null!;
        MicroRange range = null!;

        When()
            .Match(() => candidate)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId, e => !e.MicroCapable)
            .Match(() => range, r => r.Region == null || exercise.Regions.Contains(r.Region.Value));
        Then()
            .Do(ctx => ctx.Insert(new Excluded(exercise.Id, "it has no micromovement version, and your pain calls for micromovements")));
    }
}
