namespace Advisor.Rules.Desk;

[Name("At the desk, inactive glutes wake with squeezes")]
[Description("Seated, the glutes are woken with isometric squeezes and hip abduction, the desk's hip movements.")]
[Guideline("G13")]
[Guideline("G23")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class InactiveGlutesWakeAtTheDesk : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        InactiveMuscle glutes = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk)
            .Match(() => glutes, m => m.Muscle == Muscle.Glutes);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("isometric-glute-squeeze", RoutinePhase.Desk, 5).Targeting(Muscle.Glutes)));
    }
}
