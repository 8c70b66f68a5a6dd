namespace Advisor.Rules.History;

[Name("After micromovements for much pain, the range grows a step")]
[Description("When the latest routine was done in micromovements for much pain in a region and that pain has fallen below it, the region moves in a small range before it moves in its full range.")]
[Guideline("G4")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class RangeGrowsAStepAfterMuchPain : Rule
{
    public override void Define()
    {
        PainTrend pain = null!;

        When()
            .Match(() => pain, p => p.Latest.Before >= Safety.MuchPainMeansMicromovements.MuchPain, p => p.Latest.After < Safety.MuchPainMeansMicromovements.MuchPain);
        Then()
            .Do(ctx => ctx.Conclude(new SmallRange(pain.Region)));
    }
}
