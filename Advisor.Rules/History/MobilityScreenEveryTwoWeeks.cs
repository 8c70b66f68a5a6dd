namespace Advisor.Rules.History;

[Name("A mobility screen every two weeks")]
[Description("A short mobility screen at the start, and again every two weeks of logging.")]
[Guideline("G26")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class MobilityScreenEveryTwoWeeks : Rule
{
    public override void Define()
    {
        LogSummary log = null!;

        When()
            .Match(() => log, l => l.DaysSinceFirst >= 14, l => l.DaysSinceFirst % 14 < 7);
        Then()
            .Do(ctx => ctx.Conclude(new Reminder("Two weeks more of logging: time for a short mobility screen, to see what has changed.")));
    }
}
