namespace Advisor.Rules.Training;

[Name("Recovery days: 5 to 15 minutes of gentle mobility")]
[Description("Recovery days: 5 to 15 minutes of gentle mobility, such as hip mobility and wall angels.")]
[Guideline("G36")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class RecoveryDaysAreGentle : Rule
{
    public const int MostMinutes = 15;

    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Day == Day.Recovery);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("hip-circles", RoutinePhase.Mobility, 3)))
            .Do(ctx => ctx.Propose(Proposal.Of("hip-rotation", RoutinePhase.Mobility, 4)))
            .Do(ctx => ctx.Propose(Proposal.Of("wall-angel", RoutinePhase.Mobility, 5)))
            .Do(ctx => ctx.Conclude(new TimeLimit(MostMinutes)));
    }
}
