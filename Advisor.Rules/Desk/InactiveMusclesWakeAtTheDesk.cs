namespace Advisor.Rules.Desk;

[Name("At the desk, inactive glutes wake with squeezes")]
[Description("Seated, the glutes are woken with isometric squeezes and hip abduction, the desk's hip movements.")]
[Guideline("G13", "G23")]
[Phase(Phases.Selection)]
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
            .Do(ctx => ctx.Insert(new Candidate("isometric-glute-squeeze", RoutinePhase.Desk, 5, Muscle.Glutes, null)));
    }
}

[Name("At the desk, inactive abdominals wake with pelvic tilts")]
[Description("Seated, the abdominals are woken with pelvic tilts and gentle bracing, the desk's lower-back movements.")]
[Guideline("G16", "G23")]
[Phase(Phases.Selection)]
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
            .Do(ctx => ctx.Insert(new Candidate("seated-pelvic-tilt", RoutinePhase.Desk, 5, Muscle.Abdominals, null)));
    }
}
