namespace Advisor.Rules.InactiveMuscles;

[Name("Woken abdominals: stay released rather than braced")]
[Description("For the abdominals, keep the lower back released and the pelvis neutral through the day, rather than bracing all day.")]
[Guideline("G18")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class AbdominalsStayReleased : Rule
{
    public override void Define()
    {
        InactiveMuscle abdominals = null!;

        When()
            .Match(() => abdominals, m => m.Muscle == Muscle.Abdominals);
        Then()
            .Do(ctx => ctx.Conclude(new Reminder(
                "Through the day, keep your lower back released and your pelvis neutral, rather than bracing your abdominals all day.")));
    }
}
