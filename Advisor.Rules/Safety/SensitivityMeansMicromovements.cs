namespace Advisor.Rules.Safety;

[Name("A sensitized system, inflamed joints or a structural issue mean micromovements everywhere")]
[Description("Even slow, gentle exercises may aggravate these; every exercise is done in its micromovement version.")]
[Guideline("G2")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class SensitivityMeansMicromovements : Rule
{
    public override void Define()
    {
        ReportedCondition condition = null!;

        When()
            .Match(() => condition, c => c.Condition == Condition.Sensitized
                                         || c.Condition == Condition.JointInflammation
                                         || c.Condition == Condition.StructuralIssue);
        Then()
            .Do(ctx => ctx.Conclude(new MicroRange(null)));
    }
}
