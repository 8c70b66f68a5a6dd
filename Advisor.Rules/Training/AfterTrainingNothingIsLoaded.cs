namespace Advisor.Rules.Training;

[Name("After training, nothing is loaded")]
[Description("After training the routine restores range: activation or strengthening that needs a band or a weight waits for before the next session, and what stays is one easy set.")]
[Guideline("G37")]
[Guideline("G38")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment + Priorities.First)]
public sealed class AfterTrainingNothingIsLoaded : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        Candidate work = null!;

        When()
            .Match(() => occasion, o => o.Day == Day.PostWorkout)
            .Match(() => work, c => c.Phase == RoutinePhase.Activate || c.Phase == RoutinePhase.Strengthen);
        Then()
            .Do(ctx => Unload(ctx, work));
    }

    private static void Unload(NRules.RuleModel.IContext ctx, Candidate work)
    {
        if (work.Exercise.Equipment.Contains(Equipment.Band) || work.Exercise.Equipment.Contains(Equipment.Dumbbell))
            ctx.Conclude(new Excluded(work.ExerciseId, "after training, restore range rather than load it; keep it for before your next session"));
        else
            ctx.Conclude(new SetCount(work.ExerciseId, 1));
    }
}
