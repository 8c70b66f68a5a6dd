namespace Advisor.Rules.Safety;

[Name("Red flags mean a referral, not a routine")]
[Description("Sharp pain, dizziness or persistent discomfort: no routine at all; pause and consult a health professional.")]
[Guideline("G1")]
[Phase(Phases.Screening)]
[Priority(RulePriority.Highest)]
public sealed class RedFlagsMeanReferral : Rule
{
    public override void Define()
    {
        IReadOnlyList<ReportedRedFlag> flags = null!;

        When()
            .Exists<ReportedRedFlag>()
            .Collect(() => flags);
        Then()
            .Do(ctx => ctx.InsertAll(flags.Select(f => new Referral(f.Flag))))
            .Do(ctx => ctx.Halt());
    }
}
