using Advisor.Engine.Outcomes;

namespace Advisor.Rules.History;

[Name("Pain that rose after the last routine shrinks the range")]
[Description("When logged pain in a region rose after the latest routine for it, its exercises regress to micromovements; never the reverse.")]
[Guideline("G4")]
[Phase(Phases.Derivation)]
public sealed class RisingPainShrinksTheRange : Rule
{
    public override void Define()
    {
        PainLog latest = null!;

        When()
            .Match(() => latest, l => l.After > l.Before)
            .Not<PainLog>(later => later.Region == latest.Region && later.Routine > latest.Routine);
        Then()
            .Do(ctx => ctx.Insert(new MicroRange(latest.Region)));
    }
}
