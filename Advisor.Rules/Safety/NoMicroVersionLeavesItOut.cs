namespace Advisor.Rules.Safety;

[Name("An exercise without a micromovement version is left out under micromovement range")]
[Description("When pain calls for micromovements, an exercise that cannot be made that small is not offered.")]
[Guideline("G2")]
[Guideline("G3")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment + Priorities.First)]
public sealed class NoMicroVersionLeavesItOut : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;
        MicroRange range = null!;

        When()
            .Match(() => range)
            .Match(() => candidate, c => !c.Exercise.MicroCapable, c => range.Region == null || c.Exercise.Regions.Contains(range.Region.Value));
        Then()
            .Do(ctx => ctx.Conclude(new Excluded(candidate.ExerciseId, "it has no micromovement version, and your pain calls for micromovements")));
    }
}
