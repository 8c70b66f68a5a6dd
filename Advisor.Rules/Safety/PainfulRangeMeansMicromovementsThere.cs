namespace Advisor.Rules.Safety;

[Name("Where full range hurts, micromovements there")]
[Description("A region where moving through full range causes pain gets the micromovement version of the exercises that load it.")]
[Guideline("G3")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class PainfulRangeMeansMicromovementsThere : Rule
{
    public override void Define()
    {
        PainPoint pain = null!;

        When()
            .Match(() => pain, p => p.FullRangePainful);
        Then()
            .Do(ctx => ctx.Conclude(new MicroRange(pain.Region)));
    }
}
