namespace Advisor.Rules.Safety;

[Name("Red flags mean a referral, not a routine")]
[Description("Sharp pain, dizziness or persistent discomfort: no routine at all; pause and consult a health professional.")]
[Guideline("G1")]
[Phase(Phases.Screening)]
[Priority(Priorities.Screening + Priorities.First)]
public sealed class RedFlagsMeanReferral : Rule
{
    public override void Define()
    {
        IEnumerable<ReportedRedFlag> flags = null!;

        When()
            .Exists<ReportedRedFlag>()
            .Query(() => flags, q => q.Match<ReportedRedFlag>().Collect());
        Then()
            .Do(ctx => ctx.ConcludeAll(flags.Select(f => new Referral(f.Flag))))
            .Do(ctx => ctx.Halt());
    }
}
