namespace Advisor.Rules.History;

[Name("Falling pain lets the range grow gradually")]
[Description("When logged pain in a region under micromovement range has fallen over the last two routines, the range may grow a little, never past comfort.")]
[Guideline("G4")]
[Phase(Phases.Derivation)]
[Priority(RulePriority.Low)]
public sealed class FallingPainGrowsTheRange : Rule
{
    public override void Define()
    {
        PainLog latest = null!;
        PainLog earlier = null!;
        MicroRange range = null!;

        When()
            .Match(() => latest, l => l.After < l.Before)
            .Not<PainLog>(later => later.Region == latest.Region && later.Routine > latest.Routine)
            .Match(() => earlier, e => e.Region == latest.Region && e.Routine < latest.Routine && e.After > latest.After)
            .Match(() => range, r => r.Region == null || r.Region == latest.Region);
        Then()
            .Do(ctx => ctx.Insert(new RangeGrowth(latest.Region)));
    }
}
