namespace Advisor.Rules.Desk;

[Name("At the desk, inactive abdominals wake with pelvic tilts")]
[Description("Seated, the abdominals are woken with pelvic tilts and gentle bracing, the desk's lower-back movements.")]
[Guideline("G16")]
[Guideline("G23")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class InactiveAbdominalsWakeAtTheDesk : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        InactiveMuscle abdominals = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk)
            .Match(() => abdominals, m => m.Muscle == Muscle.Abdominals);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("seated-pelvic-tilt", RoutinePhase.Desk, 5).Targeting(Muscle.Abdominals)));
    }
}
