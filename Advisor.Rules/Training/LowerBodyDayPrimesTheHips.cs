namespace Advisor.Rules.Training;

[Name("Before lower-body work, wake the hips")]
[Description("Before lower-body work: glute bridges, clamshells, banded leg lifts or banded lateral walks.")]
[Guideline("G27")]
[Phase(Phases.Selection)]
public sealed class LowerBodyDayPrimesTheHips : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Day == Day.LowerBody || o.Day == Day.FullBody);
        Then()
            .Do(ctx => ctx.Insert(new Candidate("glute-bridge", RoutinePhase.Activate, 20, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("clamshell", RoutinePhase.Activate, 21, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("banded-leg-lift", RoutinePhase.Activate, 22, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("banded-lateral-walk", RoutinePhase.Activate, 23, null, null)));
    }
}
