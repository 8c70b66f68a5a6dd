using Advisor.Engine.Documents;

namespace Advisor.Rules.Prioritization;

[Name("Equipment the person lacks leaves the exercise out")]
[Description("An exercise that needs a band, weight, ball, bench or wall is offered only when the person has it.")]
[Guideline("G40")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment + Priorities.First)]
public sealed class MissingEquipmentLeavesItOut : Rule
{
    public override void Define()
    {
        IEnumerable<HasEquipment> kit = null!;
        Candidate candidate = null!;

        When()
            .Query(() => kit, q => q.Match<HasEquipment>().Collect())
            .Match(() => candidate, c => kit.LacksSomethingFor(c.Exercise));
        Then()
            .Do(ctx => ctx.Conclude(new Excluded(candidate.ExerciseId, "it needs equipment you do not have: "
                + string.Join(", ", kit.MissingFor(candidate.Exercise).Select(Kebab.Name)))));
    }
}
