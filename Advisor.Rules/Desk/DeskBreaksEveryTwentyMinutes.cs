namespace Advisor.Rules.Desk;

[Name("Desk breaks every 20 minutes")]
[Description("Micro-movements every 20 to 30 minutes: start at 20.")]
[Guideline("G21")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class DeskBreaksEveryTwentyMinutes : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk, o => o.Day == Day.Workday)
            .Not<EarlyFatigue>();
        Then()
            .Do(ctx => ctx.Conclude(new DeskInterval(20)));
    }
}
