namespace Advisor.Rules.Training;

[Name("Before lower-body work, wake the hips")]
[Description("Before lower-body work: glute bridges, clamshells, banded leg lifts or banded lateral walks.")]
[Guideline("G27")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class LowerBodyDayPrimesTheHips : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Day == Day.LowerBody || o.Day == Day.FullBody);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("glute-bridge", RoutinePhase.Activate, 20)))
            .Do(ctx => ctx.Propose(Proposal.Of("clamshell", RoutinePhase.Activate, 21)))
            .Do(ctx => ctx.Propose(Proposal.Of("banded-leg-lift", RoutinePhase.Activate, 22)))
            .Do(ctx => ctx.Propose(Proposal.Of("banded-lateral-walk", RoutinePhase.Activate, 23)));
    }
}
