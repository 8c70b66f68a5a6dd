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
