namespace Advisor.Rules.Desk;

[Name("A desk baseline that works anywhere")]
[Description("At the desk, a baseline of movements that work anywhere: core bracing, ankle pumps and shoulder circles.")]
[Guideline("G22")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class DeskBaseline : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("transverse-abdominal-bracing", RoutinePhase.Desk, 1)))
            .Do(ctx => ctx.Propose(Proposal.Of("ankle-pumps", RoutinePhase.Desk, 2)))
            .Do(ctx => ctx.Propose(Proposal.Of("shoulder-circle", RoutinePhase.Desk, 3)));
    }
}
