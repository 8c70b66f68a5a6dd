namespace Advisor.Rules.History;

[Name("Workdays are rated before and after")]
[Description("Stiffness, energy and focus are rated 1 to 10 before and after each workday, with a log of what was done and how it felt.")]
[Guideline("G26")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class WorkdaysAreRated : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk, o => o.Day == Day.Workday);
        Then()
            .Do(ctx => ctx.Conclude(new Reminder(
                "Rate your stiffness, energy and focus from 1 to 10 now and again at the end of the workday, and log how each movement felt.")));
    }
}

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
