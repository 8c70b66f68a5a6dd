namespace Advisor.Rules.InactiveMuscles;

[Name("Inactive glutes: the inner thighs are tight")]
[Description("Glutes may be inactive because the inner thighs are tight: release the internal hip rotators first, then the glutes, small before big.")]
[Guideline("G14")]
[Phase(Phases.Derivation)]
public sealed class InactiveGlutesMayMeanTightInnerThighs : Rule
{
    public override void Define()
    {
        InactiveMuscle glutes = null!;
        TightMuscle innerThighs = null!;
        Antagonist antagonist = null!;

        When()
            .Match(() => glutes, m => m.Muscle == Muscle.Glutes)
            .Match(() => innerThighs, t => t.Muscle == Muscle.InnerThighs)
            .Match(() => antagonist, a => a.Inactive == Muscle.Glutes, a => a.Tight == Muscle.InnerThighs);
        Then()
            .Do(ctx => ctx.Insert(new TightMuscle(antagonist.Tight)));
    }
}
