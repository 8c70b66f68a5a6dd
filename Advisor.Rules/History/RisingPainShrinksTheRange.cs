namespace Advisor.Rules.History;

[Name("Pain that rose after the last routine shrinks the range")]
[Description("When logged pain in a region rose after the latest routine that logged it, that region's exercises regress to micromovements; never the reverse.")]
[Guideline("G4")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class RisingPainShrinksTheRange : Rule
{
    public override void Define()
    {
        PainTrend pain = null!;

        When()
            .Match(() => pain, p => p.Latest.Rose);
        Then()
            .Do(ctx => ctx.Conclude(new MicroRange(pain.Region)));
    }
}
