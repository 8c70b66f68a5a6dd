namespace Advisor.Rules.History;

[Name("A baseline mobility screen to start")]
[Description("Someone with nothing logged yet starts with a short mobility screen as a baseline.")]
[Guideline("G26")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class BaselineMobilityScreen : Rule
{
    public override void Define()
    {
        When()
            .Match<Occasion>()
            .Not<LogSummary>();
        Then()
            .Do(ctx => ctx.Conclude(new Reminder("Start with a short mobility screen as your baseline, and repeat it every two weeks.")));
    }
}
