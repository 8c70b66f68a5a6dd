namespace Advisor.Rules.History;

[Name("After a rise, the range stays small until pain is back below where it was")]
[Description("After pain rose, falling pain does not jump back to full range: the region moves in a small range until logged pain is below its level before the rise, or has held at that level for three routines.")]
[Guideline("G4")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class RangeRegrowsGradually : Rule
{
    /// <summary>
    /// Routines since the rise after which pain back at its old level counts as settled: the
    /// guidance asks for pain below it, but pain that has simply held where it was for days is the
    /// person's baseline, not a flare still settling.
    /// </summary>
    public const int RoutinesToSettle = 3;

    public override void Define()
    {
        PainTrend pain = null!;

        When()
            .Match(() => pain,
                p => p.LastRise != null,
                p => !p.Latest.Rose,
                p => p.Latest.After >= p.LastRise!.Before,
                p => p.Latest.Routine - p.LastRise!.Routine <= RoutinesToSettle);
        Then()
            .Do(ctx => ctx.Conclude(new SmallRange(pain.Region)));
    }
}
