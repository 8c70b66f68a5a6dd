namespace Advisor.Rules.InactiveMuscles;

[Name("Inactive glutes: the inner thighs are tight")]
[Description("Glutes may be inactive because the inner thighs are tight: release the internal hip rotators first, then wake the glutes with the Gluteal Release, small before big.")]
[Guideline("G14")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class InactiveGlutesMayMeanTightInnerThighs : Rule
{
    public override void Define()
    {
        InactiveMuscle glutes = null!;
        TightMuscle innerThighs = null!;

        When()
            .Match(() => glutes, m => m.Muscle == Muscle.Glutes)
            .Match(() => innerThighs, t => t.Muscle == Muscle.InnerThighs);
        Then()
            .Do(ctx => ctx.Conclude(new TightAntagonist(Muscle.Glutes, Muscle.InnerThighs), ctx.Tables().Chain(Muscle.Glutes, Muscle.InnerThighs)))
            .Do(ctx => ctx.Conclude(new TightMuscle(Muscle.InnerThighs), ctx.Tables().Chain(Muscle.Glutes, Muscle.InnerThighs)));
    }
}
