namespace Advisor.Rules.Desk;

[Name("A desk baseline that works anywhere")]
[Description("At the desk, a baseline of movements that work anywhere: core bracing, ankle pumps and shoulder circles.")]
[Guideline("G22")]
[Phase(Phases.Selection)]
public sealed class DeskBaseline : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk);
        Then()
            .Do(ctx => ctx.Insert(new Candidate("transverse-abdominal-bracing", RoutinePhase.Desk, 1, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("ankle-pumps", RoutinePhase.Desk, 2, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("shoulder-circle", RoutinePhase.Desk, 3, null, null)));
    }
}
