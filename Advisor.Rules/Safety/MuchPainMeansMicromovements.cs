namespace Advisor.Rules.Safety;

[Name("A lot of pain means micromovements everywhere")]
[Description("With a lot of pain (7 or more out of 10), every exercise is done in its micromovement version.")]
[Guideline("G2")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class MuchPainMeansMicromovements : Rule
{
    /// <summary>Severe on the numeric rating scale.</summary>
    public const int MuchPain = 7;

    public override void Define()
    {
        PainPoint pain = null!;

        When()
            .Match(() => pain, p => p.Severity >= MuchPain);
        Then()
            .Do(ctx => ctx.Conclude(new MicroRange(null)));
    }
}
