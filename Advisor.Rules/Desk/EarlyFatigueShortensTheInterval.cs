namespace Advisor.Rules.Desk;

[Name("Early fatigue brings desk breaks to every 15 minutes")]
[Description("When fatigue shows early, the desk breaks come every 15 minutes.")]
[Guideline("G21")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class EarlyFatigueShortensTheInterval : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        EarlyFatigue fatigue = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk, o => o.Day == Day.Workday)
            .Match(() => fatigue);
        Then()
            .Do(ctx => ctx.Conclude(new DeskInterval(15)));
    }
}
