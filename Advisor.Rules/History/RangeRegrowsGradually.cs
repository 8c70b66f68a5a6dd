namespace Advisor.Rules.History;

[Name("After a rise, the range stays small until pain is back below where it was")]
[Description("After pain rose, one falling routine does not jump back to full range: the region stays in micromovements, growing gradually, until logged pain is below its level before the rise.")]
[Guideline("G4")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class RangeRegrowsGradually : Rule
{
    public override void Define()
    {
        PainTrend pain = null!;

        When()
            .Match(() => pain, p => p.Previous != null && p.Previous.Rose, p => p.Latest.After >= p.Previous!.Before);
        Then()
            .Do(ctx => ctx.Conclude(new MicroRange(pain.Region)));
    }
}
