namespace Advisor.Rules.Prioritization;

[Name("Equipment the person lacks leaves the exercise out")]
[Description("An exercise that needs a band, weight, ball, bench or wall is offered only when the person has it.")]
[Guideline("G40")]
[Phase(Phases.Adjustment)]
[Priority(RulePriority.Highest)]
public sealed class MissingEquipmentLeavesItOut : Rule
{
    public override void Define()
    {
        IReadOnlyList<HasEquipment> kit = null!;
        Candidate candidate = null!;
        Exercise exercise = null!;

        When()
            .Collect(() => kit)
            .Match(() => candidate)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId, e => e.Equipment.Any(needed => !kit.Any(k => k.Item == needed)));
        Then()
            .Do(ctx => ctx.Insert(new Excluded(exercise.Id, "it needs equipment you do not have: "
                + string.Join(", ", exercise.Equipment.Where(needed => !kit.Any(k => k.Item == needed)).Select(Kebab.Name)))));
    }
}

[Name("Equipment the person lacks brings the bodyweight alternative")]
[Description("In place of an exercise whose equipment is missing, its bodyweight alternative takes the same place.")]
[Guideline("G40")]
[Phase(Phases.Adjustment)]
[Priority(RulePriority.Highest)]
public sealed class MissingEquipmentBringsTheAlternative : Rule
{
    public override void Define()
    {
        IReadOnlyList<HasEquipment> kit = null!;
        Candidate candidate = null!;
        Exercise exercise = null!;

        When()
            .Collect(() => kit)
            .Match(() => candidate)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId, e => e.Alternative != null,
                e => e.Equipment.Any(needed => !kit.Any(k => k.Item == needed)));
        Then()
            .Do(ctx => ctx.Insert(new Candidate(exercise.Alternative!, candidate.Phase, candidate.Rank, candidate.Target, candidate.Serves)));
    }
}

[Name("A desk has a chair")]
[Description("At the desk a chair is always at hand.")]
[Guideline("G40")]
[Phase(Phases.Derivation)]
public sealed class DesksHaveChairs : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk);
        Then()
            .Do(ctx => ctx.Insert(new HasEquipment(Equipment.Chair)));
    }
}
