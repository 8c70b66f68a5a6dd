namespace Advisor.Rules.History;

[Name("Pain that rose after the last routine shrinks the range")]
[Description("When logged pain in a region rose after the latest routine that logged it, that region's exercises regress to micromovements; never the reverse.")]
[Guideline("G4")]
[Phase(Phases.Derivation)]
public sealed class RisingPainShrinksTheRange : Rule
{
    public override void Define()
    {
        PainLog rise = null!;

        When()
            .Match(() => rise, l => l.After > l.Before)
            .Not<PainLog>(later => later.Region == rise.Region && later.Routine > rise.Routine);
        Then()
            .Do(ctx => ctx.Insert(new MicroRange(rise.Region)));
    }
}

[Name("After a rise, the range stays small until pain is back below where it was")]
[Description("After pain rose, one falling routine does not jump back to full range: the region stays in micromovements, growing gradually, until logged pain is below its level before the rise.")]
[Guideline("G4")]
[Phase(Phases.Derivation)]
public sealed class RangeRegrowsGradually : Rule
{
    public override void Define()
    {
        PainLog rise = null!;
        PainLog latest = null!;

        When()
            .Match(() => rise, l => l.After > l.Before)
            .Match(() => latest, l => l.Region == rise.Region && l.Routine > rise.Routine && l.After >= rise.Before)
            .Not<PainLog>(between => between.Region == rise.Region && between.Routine > rise.Routine && between.Routine < latest.Routine)
            .Not<PainLog>(later => later.Region == rise.Region && later.Routine > latest.Routine);
        Then()
            .Do(ctx => ctx.Insert(new MicroRange(rise.Region)));
    }
}
