namespace Advisor.Rules.History;

[Name("Falling pain lets the range grow gradually")]
[Description("When logged pain in a region under micromovement range has fallen over the last two routines, the range may grow a little, never past comfort.")]
[Guideline("G4")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation + Priorities.Later)]
public sealed class FallingPainGrowsTheRange : Rule
{
    public override void Define()
    {
        PainTrend pain = null!;
        MicroRange range = null!;

        When()
            .Match(() => pain, p => p.Latest.Fell, p => p.HighestEarlierAfter > p.Latest.After)
            .Match(() => range, r => r.Region == null || r.Region == pain.Region);
        Then()
            .Do(ctx => ctx.Conclude(new RangeGrowth(pain.Region)));
    }
}
