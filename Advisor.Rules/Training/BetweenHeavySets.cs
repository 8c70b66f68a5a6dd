namespace Advisor.Rules.Training;

[Name("Between heavy sets, keep the hips awake")]
[Description("Between heavy sets of squats or deadlifts: clamshells or lateral band walks; calf raises after squats.")]
[Guideline("G29")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class BetweenHeavySets : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Gym, o => o.Day == Day.LowerBody || o.Day == Day.FullBody);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("banded-lateral-walk", RoutinePhase.Integrate, 40)))
            .Do(ctx => ctx.Conclude(new Cue("banded-lateral-walk", "Between heavy sets of squats or deadlifts.")))
            .Do(ctx => ctx.Propose(Proposal.Of("standing-calf-raise", RoutinePhase.CoolDown, 41)))
            .Do(ctx => ctx.Conclude(new Cue("standing-calf-raise", "After your squats.")));
    }
}
