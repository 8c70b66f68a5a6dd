namespace Advisor.Rules.Training;

[Name("Sedentary days: bird-dog for the low-back support")]
[Description("Sedentary days and a weak low-back support: bird-dog, 2 to 3 sets daily.")]
[Guideline("G32")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class SedentaryDaysNeedBirdDog : Rule
{
    public override void Define()
    {
        ReportedCondition sedentary = null!;

        When()
            .Match(() => sedentary, c => c.Condition == Condition.Sedentary);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("bird-dog", RoutinePhase.Strengthen, 10).Serving(Region.LowerBack)))
            .Do(ctx => ctx.Conclude(new SetCount("bird-dog", 2)))
            .Do(ctx => ctx.Conclude(new Reminder("On sedentary days, do the bird-dog 2 to 3 sets daily.")));
    }
}
