namespace Advisor.Rules.Desk;

[Name("The workday template")]
[Description("Start of day core bracing and shoulder circles; every interval ankle pumps and neck nods; before a meeting chest opener and wrist pulses; mid-afternoon hip abduction and glute squeeze; end of day micro-squats and finger stretch.")]
[Guideline("G24")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class WorkdayTemplate : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk, o => o.Day == Day.Workday);
        Then()
            .Do(ctx => ctx.ConcludeFrom(ctx.Tables().Workday, step => new ScheduleEntry(step.When, step.Order, step.ExerciseId)));
    }
}
