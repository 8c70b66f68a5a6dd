namespace Advisor.Rules.Training;

[Name("Recovery days: 5 to 15 minutes of gentle mobility")]
[Description("Recovery days: 5 to 15 minutes of gentle mobility, such as hip mobility and wall angels.")]
[Guideline("G36")]
[Phase(Phases.Selection)]
public sealed class RecoveryDaysAreGentle : Rule
{
    public const int MostMinutes = 15;

    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Day == Day.Recovery);
        Then()
            .Do(ctx => ctx.Insert(new Candidate("hip-circles", RoutinePhase.Mobility, 3, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("hip-rotation", RoutinePhase.Mobility, 4, null, null)))
            .Do(ctx => ctx.Insert(new Candidate("wall-angel", RoutinePhase.Mobility, 5, null, null)))
            .Do(ctx => ctx.Insert(new TimeLimit(MostMinutes)));
    }
}
